using Microsoft.Playwright;

namespace DataApps.BrowserTests;

/// <summary>
/// Writes the documentation's screenshots (docs/images/*.png) when <c>DATAAPPS_SCREENSHOTS=1</c>;
/// in a normal run it writes nothing.
/// </summary>
internal static class Screenshots
{
    private static bool Requested => Environment.GetEnvironmentVariable("DATAAPPS_SCREENSHOTS") == "1";

    /// <summary>Saves the visible page as docs/images/<paramref name="fileName"/> when screenshots are requested.</summary>
    public static async Task SaveIfRequestedAsync(IPage page, string fileName)
    {
        if (!Requested)
        {
            return;
        }

        var path = Path.Combine(RepositoryRoot(), "docs", "images", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Saves one part of the page (e.g. the sidebar) as docs/images/<paramref name="fileName"/> when screenshots are requested.</summary>
    public static async Task SaveIfRequestedAsync(ILocator part, string fileName)
    {
        if (!Requested)
        {
            return;
        }

        var path = Path.Combine(RepositoryRoot(), "docs", "images", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path, Animations = ScreenshotAnimations.Disabled });
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }

    /// <summary>The checkout this test runs from (the directory of DataApps.sln).</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataApps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DataApps.sln above {AppContext.BaseDirectory}.");
    }
}
