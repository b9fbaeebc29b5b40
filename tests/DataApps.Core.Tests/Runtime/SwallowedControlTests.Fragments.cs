using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using DataApps.Testing;
using Microsoft.Extensions.Logging;

// These pages catch ui.Stop(), ui.Rerun() and ui.SwitchPage on purpose: what DA0001 warns about.
#pragma warning disable DA0001

namespace DataApps.Core.Tests.Runtime;

/// <summary>Stop and rerun inside fragments: during a run of the page, and in the fragment's own rerun.</summary>
public sealed partial class SwallowedControlTests
{
    [Fact]
    public async Task StopCaughtInsideAFragmentsOwnRerunEndsOnlyTheFragmentRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("page");
            ui.Fragment(f =>
            {
                var n = f.Slider("n", 0, 10, 0);
                f.Text($"n={n}");
                if (n > 5)
                {
                    try
                    {
                        f.Stop();
                    }
                    catch (Exception)
                    {
                        // swallowed
                    }

                    f.Text("after the stop");
                }
            });
            ui.Text("page end");
        });
        await app.RunAsync();

        await app.Slider("n").SetValue(7).RunAsync();

        Assert.Equal(["page", "n=7", "page end"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Null(app.Exception);
    }

    [Fact]
    public async Task StopInsideAFragmentDuringARunOfThePageStopsThePage()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Fragment(f =>
            {
                f.Text("fragment");
                try
                {
                    f.Stop();
                }
                catch (Exception)
                {
                    // swallowed
                }
            });
            ui.Text("after the fragment");
        });

        await app.RunAsync();

        Assert.Equal(["fragment"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task FragmentScopedRerunRerunsOnlyTheFragmentAtOnce()
    {
        var pageRuns = 0;
        var fragmentRuns = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            pageRuns++;
            ui.Fragment(f =>
            {
                fragmentRuns++;
                var count = f.State.GetOrAdd("count", 0);
                f.Text($"count={count}");
                if (f.Button("Count to 3") || count is > 0 and < 3)
                {
                    f.State["count"] = count + 1;
                    try
                    {
                        f.Rerun(RerunScope.Fragment);
                    }
                    catch (Exception)
                    {
                        // swallowed
                    }
                }
            });
        });
        await app.RunAsync();
        fragmentRuns = 0;

        await app.Button("Count to 3").Click().RunAsync();

        Assert.Equal(1, pageRuns);
        Assert.Equal(4, fragmentRuns);
        Assert.Equal(["count=3"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task FragmentScopedRerunWhileThePageRunsIsAnErrorThatSaysWhereItWorks()
    {
        using var app = AppTest.FromFunction(ui => ui.Fragment(f => f.Rerun(RerunScope.Fragment)));

        await app.RunAsync();

        Assert.IsType<InvalidOperationException>(app.Exception);
        Assert.Contains("only in a rerun of the fragment itself", app.Exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FragmentScopedRerunOnThePagesUiIsAnErrorThatNamesTheFragmentsUi()
    {
        using var app = AppTest.FromFunction(ui => ui.Rerun(RerunScope.Fragment));

        await app.RunAsync();

        Assert.Contains("f.Rerun(RerunScope.Fragment)", app.Exception!.Message, StringComparison.Ordinal);
    }
}
