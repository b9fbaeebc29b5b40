using DataApps.Components.Views.Status;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace DataApps.Components.Tests.Status;

public sealed class StatusViewsTests : RendererTest
{
    [Fact]
    public void AProgressBarShowsItsValueAndText()
    {
        var cut = Render<ProgressView, ProgressElement>(new ProgressElement(0.4, "Epoch 4/10"));

        Assert.Equal("Epoch 4/10", cut.Find(".da-progress-text").TextContent);
        Assert.Equal("40", cut.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Theory]
    [InlineData(StatusState.Running, ".mud-progress-circular")]
    [InlineData(StatusState.Complete, ".mud-success-text")]
    [InlineData(StatusState.Error, ".mud-error-text")]
    public void AStatusBoxShowsItsStateBesideItsLabel(StatusState state, string mark)
    {
        var cut = Render<StatusView, StatusElement>(new StatusElement("Downloading", state, true) { Children = new Element[] { new TextElement("step 1") } });

        Assert.Contains("Downloading", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find($"[role=status] {mark}"));
        Assert.Contains("step 1", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void EachNewToastPopsOneSnackbar()
    {
        var snackbar = Context.Services.GetRequiredService<ISnackbar>();
        var cut = Render<ToastView, ToastElement>(new ToastElement("Saved", "check_circle", 1));

        Rerun(cut, new ToastElement("Saved", "check_circle", 1)); // the same call again: nothing new
        Assert.Single(snackbar.ShownSnackbars);

        Rerun(cut, new ToastElement("Saved", "check_circle", 2));
        Assert.Equal(2, snackbar.ShownSnackbars.Count());
    }
}
