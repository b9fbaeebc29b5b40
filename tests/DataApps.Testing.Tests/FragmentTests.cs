namespace DataApps.Testing.Tests;

/// <summary>Fragments: parts of a page that rerun on their own, on an interaction inside them or on a timer.</summary>
public sealed class FragmentTests
{
    private int _pageRuns;
    private int _fragmentRuns;

    [Fact]
    public async Task AWidgetInsideAFragmentRerunsOnlyTheFragment()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            ui.Text($"page {_pageRuns}");
            ui.Fragment(f =>
            {
                _fragmentRuns++;
                var n = f.Slider("N", 0, 10, 1);
                f.Text($"n = {n}");
            });
        });
        await app.RunAsync();

        await app.Slider("N").SetValue(4).RunAsync();

        Assert.Equal(1, _pageRuns);
        Assert.Equal(2, _fragmentRuns);
        Assert.Equal(["page 1", "n = 4"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(2, app.Runs); // a fragment's run counts as a completed run
    }

    [Fact]
    public async Task AWidgetOutsideRerunsThePageAndTheFragmentWithIt()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            var factor = (int)ui.Slider("Factor", 1, 5, 1);
            ui.Fragment(f =>
            {
                _fragmentRuns++;
                var n = (int)f.Slider("N", 0, 10, 2);
                f.Text($"{n} × {factor} = {n * factor}");
            });
        });
        await app.RunAsync();
        await app.Slider("N").SetValue(3).RunAsync();

        await app.Slider("Factor").SetValue(2).RunAsync();

        Assert.Equal(2, _pageRuns);
        Assert.Equal(3, _fragmentRuns);
        Assert.Equal("3 × 2 = 6", app.Get<TextElement>()[0].Text); // the fragment's widget kept its value
    }

    [Fact]
    public async Task AFragmentsRerunUsesWhatTheLastFullRunComputed()
    {
        var data = "first";
        using var app = AppTest.FromFunction(ui =>
        {
            var captured = data;
            ui.Fragment(f =>
            {
                f.Checkbox("Shout");
                f.Text(captured);
            });
        });
        await app.RunAsync();
        data = "second";

        await app.Checkbox("Shout").SetValue(true).RunAsync();

        Assert.Equal("first", app.Get<TextElement>()[0].Text);
        await app.RunAsync(); // a run of the whole page takes the new value
        Assert.Equal("second", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task ATickRerunsTheTimedFragmentsOnly()
    {
        var ticks = 0;
        var untimed = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            ui.Fragment(f => f.Text($"tick {++ticks}"), runEvery: TimeSpan.FromSeconds(1));
            ui.Fragment(f => f.Text($"untimed {++untimed}"));
        });
        await app.RunAsync();

        await app.TickAsync();
        await app.TickAsync();

        Assert.Equal(1, _pageRuns);
        Assert.Equal(["tick 3", "untimed 1"], app.Get<TextElement>().Select(t => t.Text));
        Assert.Equal(TimeSpan.FromSeconds(1), app.Fragments[0].RunEvery);
    }

    [Fact]
    public async Task WritingToThePageFromAFragmentsRerunIsAClearErrorInsideTheFragment()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("outside");
            ui.Fragment(f =>
            {
                if (f.Checkbox("Misbehave"))
                {
                    ui.Text("written to the page");
                }
            });
        });
        await app.RunAsync();

        await app.Checkbox("Misbehave").SetValue(true).RunAsync();

        var error = Assert.Single(app.Get<ExceptionElement>());
        Assert.Contains("can only write inside the fragment", error.Message, StringComparison.Ordinal);
        Assert.IsType<ExceptionElement>(app.Fragments[0].Children[^1]);
        Assert.Equal(["outside"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task AnExceptionInAFragmentsRerunStaysInTheFragmentAndTheSessionGoesOn()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("outside");
            ui.Fragment(f =>
            {
                if (f.Checkbox("Fail"))
                {
                    throw new InvalidOperationException("boom");
                }

                f.Text("fine");
            });
        });
        await app.RunAsync();

        await app.Checkbox("Fail").SetValue(true).RunAsync();
        Assert.Equal("boom", Assert.Single(app.Get<ExceptionElement>()).Message);

        await app.Checkbox("Fail").SetValue(false).RunAsync();
        Assert.Empty(app.Get<ExceptionElement>());
        Assert.Equal(["outside", "fine"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task ButtonsInAFragmentAreTrueInOneFragmentRun()
    {
        var clicks = 0;
        using var app = AppTest.FromFunction(ui => ui.Fragment(f =>
        {
            if (f.Button("Add"))
            {
                clicks++;
            }

            f.Text($"{clicks}");
        }));
        await app.RunAsync();

        await app.Button("Add").Click().RunAsync();
        await app.RunAsync();

        Assert.Equal(1, clicks);
    }

    [Fact]
    public async Task UiRerunInsideAFragmentRerunsTheWholePage()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            ui.Fragment(f =>
            {
                if (f.Button("Everything"))
                {
                    f.Rerun();
                }
            });
        });
        await app.RunAsync();

        await app.Button("Everything").Click().RunAsync();

        Assert.Equal(2, _pageRuns);
    }

    [Fact]
    public async Task AFormInsideAFragmentSubmitsIntoAFragmentRun()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            _pageRuns++;
            ui.Fragment(f =>
            {
                var form = f.Form("search");
                var q = form.TextInput("Query");
                form.SubmitButton("Search");
                f.Text($"results for '{q}'");
            });
        });
        await app.RunAsync();

        app.TextInput("Query").SetValue("penguins");
        await app.SubmitButton("Search").Click().RunAsync();

        Assert.Equal(1, _pageRuns);
        Assert.Equal("results for 'penguins'", app.Get<TextElement>()[0].Text);
    }

    [Fact]
    public async Task AFragmentThePageNoLongerWritesIsForgotten()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (ui.Checkbox("Live", value: true))
            {
                ui.Fragment(f => f.Text("now"), runEvery: TimeSpan.FromSeconds(1), key: "clock");
            }
        });
        await app.RunAsync();
        Assert.Single(app.Session.FragmentIds);

        await app.Checkbox("Live").SetValue(false).RunAsync();

        Assert.Empty(app.Session.FragmentIds);
        await app.TickAsync(); // nothing to tick: no run at all
        Assert.Equal(2, app.Runs);
    }

    [Fact]
    public async Task TheSameBodyUsedTwiceMakesTwoFragments()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            foreach (var name in new[] { "a", "b" })
            {
                ui.Fragment(f => f.Text($"{name}: {f.Checkbox("On", key: name)}"));
            }
        });
        await app.RunAsync();

        await app.Checkbox("b").SetValue(true).RunAsync();

        Assert.Equal(2, app.Fragments.Select(f => f.FragmentId).Distinct().Count());
        Assert.Equal(["a: False", "b: True"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Theory]
    [InlineData("nested", "cannot contain another fragment")]
    [InlineData("duplicate", "multiple fragments with the key \"k\"")]
    public async Task MisuseShowsAClearError(string misuse, string message)
    {
        using var app = AppTest.FromFunction(ui =>
        {
            if (misuse == "nested")
            {
                ui.Fragment(f => f.Fragment(_ => { }));
            }
            else
            {
                ui.Fragment(_ => { }, key: "k");
                ui.Fragment(_ => { }, key: "k");
            }
        });

        await app.RunAsync();

        Assert.Contains(message, Assert.Single(app.Get<ExceptionElement>()).Message, StringComparison.Ordinal);
    }
}
