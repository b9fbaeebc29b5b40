using System.Globalization;
using System.Text;
using Microsoft.JSInterop;

namespace DataApps.Components.Views.Data;

// Note [Long cells]: one 20 MB CSV field used to go into the DOM whole (and into the prerendered HTML), which froze the
// tab; at 120 MB the render batch closed the circuit. A cell of ui.DataFrame or ui.Table shows at most
// DataAppsOptions.MaxCellLength characters and "…"; the full value stays on the server until the user asks for it with
// the cell's download button, and then travels as a stream (in chunks under the circuit's message limit) into a file.

/// <summary>Cuts long cell texts for display and downloads the full value on demand.</summary>
internal static class LongCells
{
    /// <summary>The shown text: <paramref name="text"/> itself, or its first <paramref name="max"/> characters and "…".</summary>
    public static string Shown(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max; // never half a character
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>The tooltip of a cut cell's download button.</summary>
    public static string DownloadTitle(string text) =>
        string.Create(CultureInfo.InvariantCulture, $"Shortened: download the full value ({text.Length:N0} characters)");

    /// <summary>Streams <paramref name="text"/> to the browser, which saves it as <paramref name="fileName"/>.</summary>
    public static async Task DownloadAsync(IJSRuntime js, string fileName, string text)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", Widgets.LargeTextChannel.ScriptPath);
        if (module is null)
        {
            return; // a test renderer without a browser
        }

        using var data = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        using var stream = new DotNetStreamReference(data);
        await module.InvokeVoidAsync("download", fileName, stream);
    }

    /// <summary>A file name for the full value of a cell: the column's name (letters and digits) and the row.</summary>
    public static string FileName(string column, int row)
    {
        var name = new string([.. column.Where(char.IsAsciiLetterOrDigit).Take(40)]);
        return string.Create(CultureInfo.InvariantCulture, $"{(name.Length == 0 ? "cell" : name)}-row-{row}.txt");
    }
}
