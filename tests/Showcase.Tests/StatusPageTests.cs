using DataApps;
using DataApps.Testing;
using Showcase.Pages;

namespace Showcase.Tests;

public sealed class StatusPageTests
{
    [Fact]
    public async Task TrainingMovesTheBarFillsTheStatusAndToasts()
    {
        using var app = AppTest.For<StatusPage>();
        await app.RunAsync();
        Assert.Empty(app.Get<ProgressElement>());

        await app.Button("Train the model").Click().RunAsync();

        Assert.Equal(new ProgressElement(1.0, "Epoch 5/5"), Assert.Single(app.Get<ProgressElement>()));
        var status = Assert.Single(app.Get<StatusElement>());
        Assert.Equal(("Training complete", StatusState.Complete), (status.Label, status.State));
        Assert.Equal(5, status.Children.Count);
        Assert.Empty(app.Get<SpinnerElement>());
        Assert.Equal("Model trained", Assert.Single(app.Get<ToastElement>()).Text);
    }
}
