using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Status;
using MudBlazor;

namespace DataApps.Components.Tests.Status;

public sealed class ServiceStatusViewTests : RendererTest
{
    [Theory]
    [InlineData(ServiceState.Up, "up", Color.Success)]
    [InlineData(ServiceState.Degraded, "degraded", Color.Warning)]
    [InlineData(ServiceState.Down, "down", Color.Error)]
    public void ShowsADotColouredByTheStateTheNameAndTheSummary(ServiceState state, string dataState, Color colour)
    {
        var cut = Render<ServiceStatusView, ServiceStatusElement>(new ServiceStatusElement("sentiment", state, "summary"));

        Assert.Equal(colour, cut.FindComponent<MudIcon>().Instance.Color);
        Assert.Equal(dataState, cut.Find(".da-service-status").GetAttribute("data-state"));
        Assert.Equal("sentiment", cut.Find(".da-service-name").TextContent);
        Assert.Equal("summary", cut.Find(".da-service-summary").TextContent);
    }

    [Fact]
    public void SaysTheStateInWordsForScreenReaders()
    {
        var cut = Render<ServiceStatusView, ServiceStatusElement>(
            new ServiceStatusElement("sentiment", ServiceState.Down, "down · connection refused"));

        Assert.Equal("sentiment: down · connection refused", cut.Find(".da-service-status").GetAttribute("aria-label"));
        Assert.Equal("status", cut.Find(".da-service-status").GetAttribute("role"));
    }
}
