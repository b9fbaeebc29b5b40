using DataApps.BrowserTests.Packaging;

namespace DataApps.BrowserTests;

/// <summary>
/// The app the hot-reload test edits: <c>dotnet new dataapp</c> from the packed templates, outside the repository, restoring
/// DataApps from the packaging collection's feed (as an author's app restores it from nuget.org), with one page of the
/// test's own added to it as an author adds one.
/// </summary>
internal static class HotReloadApp
{
    /// <summary>The test's page file, relative to the app's project directory.</summary>
    public const string PageFile = "Pages/CounterPage.cs";

    /// <summary>The test's page's address.</summary>
    public const string PagePath = "/counter";

    /// <summary>Generates the app in the packaging collection's apps folder and returns its project directory.</summary>
    public static async Task<string> CreateAsync(PackagingFixture fixture)
    {
        const string name = "HotReload";
        await fixture.Commands.DotNetAsync(fixture.Apps, PackagingTimeouts.Short, "new", "dataapp", "-n", name, "--debug:custom-hive", fixture.Hive);
        var project = Path.Combine(fixture.Apps, name, name);
        File.WriteAllText(Path.Combine(project, PageFile), Page("Value"));
        return project;
    }

    /// <summary>The page's source: a slider, a counter in <c>ui.State</c>, and a text that starts with <paramref name="label"/>.</summary>
    /// <param name="label">What the text says before the values.</param>
    /// <param name="reading">How <c>Reading</c> is declared; changing a record into a struct is a rude edit.</param>
    public static string Page(string label, string reading = "public sealed record Reading(int Value);") => $$"""
        using DataApps;

        {{reading}}

        [Page("{{PagePath}}", Title = "Counter")]
        public sealed class CounterPage : DataPage
        {
            protected override void Run(Ui ui)
            {
                var n = ui.Slider("n", 0, 100, 10);
                var clicks = ui.State.GetOrAdd("clicks", 0);
                if (ui.Button("+1"))
                {
                    ui.State["clicks"] = ++clicks;
                }

                var reading = new Reading(n);
                ui.Text($"{{label}}: {reading.Value}, clicks {clicks}");
            }
        }
        """;
}
