namespace DataApps.Testing.Tests;

/// <summary>Progress bars, spinners, status boxes and toasts.</summary>
public sealed class StatusTests
{
    [Fact]
    public async Task AProgressBarShowsItsLastUpdateInItsPlace()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var bar = ui.Progress(0, "Starting");
            ui.Text("after");
            for (var i = 1; i <= 4; i++)
            {
                bar.Update(i * 25, $"Step {i}/4");
            }
        });

        await app.RunAsync();

        var progress = Assert.Single(app.Get<ProgressElement>());
        Assert.Equal(1.0, progress.Value);
        Assert.Equal("Step 4/4", progress.Text);
        Assert.IsType<EmptyElement>(app.Main[0]); // the bar's placeholder comes before the text written after it
    }

    [Fact]
    public async Task AProgressBarCanBeCleared()
    {
        using var app = AppTest.FromFunction(ui => ui.Progress(0.5).Clear());

        await app.RunAsync();

        Assert.Empty(app.Get<ProgressElement>());
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public async Task AProgressOutsideItsRangeIsAClearError(double fraction)
    {
        using var app = AppTest.FromFunction(ui => ui.Progress(fraction));

        await app.RunAsync();

        Assert.Contains("fraction from 0 to 1", Assert.Single(app.Get<ExceptionElement>()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASpinnerShowsOnlyWhileItsScopeLasts()
    {
        int? spinnersInside = null;
        using var app = AppTest.FromFunction(ui =>
        {
            using (ui.Spinner("Loading the model…"))
            {
                ui.Text("loading");
                spinnersInside = ui.Session.CurrentRun!.Build(final: false).Main.Descendants().OfType<SpinnerElement>().Count();
            }

            ui.Text("done");
        });

        await app.RunAsync();

        Assert.Equal(1, spinnersInside);
        Assert.Empty(app.Get<SpinnerElement>());
        Assert.Equal(["loading", "done"], app.Get<TextElement>().Select(t => t.Text));
    }

    [Fact]
    public async Task AStatusBoxRunsUntilDisposedAndThenIsComplete()
    {
        StatusState? during = null;
        using var app = AppTest.FromFunction(ui =>
        {
            using var status = ui.Status("Downloading data…");
            status.Ui.Text("Searching for data…");
            during = status.State;
        });

        await app.RunAsync();

        Assert.Equal(StatusState.Running, during);
        var box = Assert.Single(app.Get<StatusElement>());
        Assert.Equal(StatusState.Complete, box.State);
        Assert.Equal("Searching for data…", Assert.IsType<TextElement>(box.Children[0]).Text);
    }

    [Fact]
    public async Task AStatusBoxKeepsAnErrorAndItsNewLabel()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            using var status = ui.Status("Training", expanded: false);
            status.Update("Training failed", StatusState.Error, expanded: true);
        });

        await app.RunAsync();

        Assert.Equal(new StatusElement("Training failed", StatusState.Error, true), Assert.Single(app.Get<StatusElement>()) with { Children = default });
    }

    [Fact]
    public async Task EachToastCallIsANewToast()
    {
        using var app = AppTest.FromFunction(ui => ui.Toast("Saved", icon: "check_circle"));
        await app.RunAsync();
        var first = Assert.Single(app.Get<ToastElement>());

        await app.RunAsync();

        var second = Assert.Single(app.Get<ToastElement>());
        Assert.Equal(("Saved", "check_circle"), (second.Text, second.Icon));
        Assert.NotEqual(first.Sequence, second.Sequence);
    }
}
