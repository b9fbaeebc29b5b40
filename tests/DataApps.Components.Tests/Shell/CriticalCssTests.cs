namespace DataApps.Components.Tests.Shell;

public sealed class CriticalCssTests
{
    [Fact]
    public void TheCriticalSheetWasGeneratedFromTheMudBlazorVersionTheAppsUse()
    {
        var version = typeof(MudBlazor.MudButton).Assembly.GetName().Version!.ToString(3);

        var header = File.ReadLines(CriticalSheet()).First();

        // Regenerate after a MudBlazor upgrade: docs/performance.md §5, "First paint".
        Assert.StartsWith($"/* Generated from MudBlazor {version} MudBlazor.min.css", header, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCriticalSheetKeepsTheThemeVariablesAndTheShellRules()
    {
        var css = File.ReadAllText(CriticalSheet());

        Assert.Contains(".mud-layout{", css, StringComparison.Ordinal);
        Assert.Contains(".mud-appbar{", css, StringComparison.Ordinal);
        Assert.Contains(".mud-drawer{", css, StringComparison.Ordinal);
        Assert.Contains(".mud-nav-link{", css, StringComparison.Ordinal);
        Assert.Contains(".mud-button-root{", css, StringComparison.Ordinal);
    }

    private static string CriticalSheet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "DataApps.Components", "wwwroot", "mudblazor-critical.css");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("src/DataApps.Components/wwwroot/mudblazor-critical.css was not found above " + AppContext.BaseDirectory);
    }
}
