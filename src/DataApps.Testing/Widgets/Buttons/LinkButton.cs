namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The link button with this label.</summary>
    /// <param name="label">The button text.</param>
    /// <exception cref="InvalidOperationException">No such link button, or several.</exception>
    /// <example><c>Assert.Equal("https://example.org", app.LinkButton("Docs").Url);</c></example>
    public LinkButtonElement LinkButton(string label)
    {
        var all = Get<LinkButtonElement>();
        var found = all.Where(b => b.Label == label).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException($"No link button labelled '{label}' in the last run. Found: " +
                (all.Count == 0 ? "none." : string.Join(", ", all.Select(b => $"'{b.Label}'")) + ".")),
            _ => throw new InvalidOperationException($"{found.Count} link buttons are labelled '{label}'."),
        };
    }
}
