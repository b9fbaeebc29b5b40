using Bunit;
using DataApps.Components.Views.Text;

namespace DataApps.Components.Tests;

public sealed class TitleViewTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = RendererContext.Create();

    [Fact]
    public void RendersTheTitleText()
    {
        var cut = _ctx.Render<TitleView>(p => p.Add(v => v.Element, new TitleElement("Penguins")));

        Assert.Contains("Penguins", cut.Find("h3").TextContent, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _ctx.DisposeAsync();
}
