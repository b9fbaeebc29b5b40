using DataApps;
using DataApps.Testing;

namespace Showcase.Tests;

/// <summary>Reads what a page wrote, the way the tests ask about it.</summary>
internal static class Texts
{
    /// <summary>The texts of every <c>ui.Text</c> of the last run, in document order.</summary>
    public static IReadOnlyList<string> Of(AppTest app) => [.. app.Get<TextElement>().Select(t => t.Text)];

    /// <summary>The one <c>ui.Text</c> that starts with <paramref name="prefix"/>.</summary>
    public static string Starting(AppTest app, string prefix) => Assert.Single(Of(app), t => t.StartsWith(prefix, StringComparison.Ordinal));
}
