using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Status;
using MudBlazor;

namespace DataApps.Components.Tests.Status;

public sealed class SpinnerViewTests : RendererTest
{
    [Fact]
    public void ShowsAnIndeterminateProgressCircleAndTheText()
    {
        var cut = Render<SpinnerView, SpinnerElement>(new SpinnerElement("Running LoadSales()…"));

        Assert.Equal("Running LoadSales()…", cut.Find(".da-spinner-text").TextContent);
        Assert.True(cut.FindComponent<MudProgressCircular>().Instance.Indeterminate);
        Assert.Equal("status", cut.Find(".da-spinner").GetAttribute("role"));
    }
}
