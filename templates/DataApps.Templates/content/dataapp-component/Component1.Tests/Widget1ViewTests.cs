using Bunit;
#if (!js)
using Component1;
#endif
using DataApps;
using DataApps.Components;
#if (js)
using DataApps.Components.Views.Components;
using DataApps.Testing;
#else
using DataApps.Components.Rendering;
#endif
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
#if (js)
using Microsoft.Extensions.Options;
#endif
using MudBlazor.Services;

namespace Component1.Tests;

#if (js)
// bUnit renders the page's side of the component: DataApps' JsComponentView, which mounts the registered module in the
// browser. The module itself runs only in a browser.
#else
// bUnit renders the widget's renderer with an element and records what it sends, as the page's session would receive it.
#endif
public sealed class Widget1ViewTests : IAsyncDisposable
{
    private readonly BunitContext _context = new();
    private readonly RecordingSink _sink = new();

    public Widget1ViewTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
#if (js)
        new Builder(_context.Services).AddWidget1Component();
#endif
        _context.SetRendererInfo(new RendererInfo("Server", true)); // after the services: an interactive server renderer
    }
#if (js)

    [Fact]
    public void TheRegistrationPointsTheNameAtTheLibrarysModule()
    {
        var components = _context.Services.GetRequiredService<IOptions<JsComponentOptions>>().Value;

        Assert.Equal("_content/Component1-name/widget1.js", components.ModuleFor(Widget1Ui.ComponentName));
    }

    [Fact]
    public async Task TheRegisteredModuleIsMountedInAHostOfItsOwn()
    {
        var cut = await RenderAsync(ui => ui.Widget1("Guests"));

        Assert.Equal("widget1", cut.Find(".da-js-component").GetAttribute("data-component"));
        Assert.Single(cut.FindAll(".da-js-component-host"));
        Assert.Empty(cut.FindAll(".da-alert"));
    }

    [Fact]
    public async Task AValueFromTheModuleIsSentAsJson()
    {
        var cut = await RenderAsync(ui => ui.Widget1("Guests"));

        await cut.InvokeAsync(() => cut.Instance.OnValue("4"));

        Assert.Equal("4", Assert.Single(_sink.Values).Value);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    // The element a page's script produces, from AppTest, rendered as the app would render it.
    private async Task<IRenderedComponent<JsComponentView>> RenderAsync(Action<Ui> page)
    {
        using var app = AppTest.FromFunction(page);
        await app.RunAsync();
        var element = app.Component(Widget1Ui.ComponentName).Element;
        return _context.Render<JsComponentView>(p => p.Add(v => v.Element, element).AddCascadingValue<IWidgetSink>(_sink));
    }
#else

    [Fact]
    public void ClickingPlusSendsTheValueOneStepUp()
    {
        var cut = Render(Widget1(value: 3, step: 2));

        cut.Find("button[data-step='up']").Click();

        Assert.Equal(("widget1-1", (object?)5), Assert.Single(_sink.Values));
    }

    [Fact]
    public void ClickingMinusNeverGoesBelowTheMinimum()
    {
        var cut = Render(Widget1(value: 1, step: 2));

        cut.Find("button[data-step='down']").Click();

        Assert.Equal(("widget1-1", (object?)0), Assert.Single(_sink.Values));
    }

    [Fact]
    public void AtTheEndsOfTheRangeTheirButtonIsDisabled()
    {
        var cut = Render(Widget1(value: 10));

        Assert.True(cut.Find("button[data-step='up']").HasAttribute("disabled"));
        Assert.False(cut.Find("button[data-step='down']").HasAttribute("disabled"));
    }

    [Fact]
    public void TheValueFollowsTheElementWhenARerunChangesIt()
    {
        var cut = Render(Widget1(value: 1));

        cut.Render(p => p.Add(v => v.Element, Widget1(value: 7)));

        Assert.Equal("7", cut.Find("output").TextContent);
        Assert.Contains("Guests", cut.Find("label").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ADisabledWidgetHasDisabledButtons()
    {
        var cut = Render(Widget1(value: 5) with { Disabled = true });

        Assert.All(cut.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void AddWidget1ComponentRegistersTheRenderer()
    {
        var services = new ServiceCollection();
        services.AddOptions();
        new Builder(services).AddWidget1Component();
        services.AddSingleton<ElementRegistry>();

        var registry = services.BuildServiceProvider().GetRequiredService<ElementRegistry>();

        Assert.Equal(typeof(Widget1View), registry.ViewFor(typeof(Widget1Element)));
    }

    [Fact]
    public void WithoutTheRegistrationThePageNamesTheCallToAdd()
    {
        var cut = _context.Render<MissingRendererView>(p => p.Add(v => v.ElementType, typeof(Widget1Element)));

        Assert.Contains("AddDataApps().AddWidget1Component()", cut.Markup, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private static Widget1Element Widget1(int value, int step = 1) => new("widget1-1", "Guests", value, Min: 0, Max: 10, step);

    private IRenderedComponent<Widget1View> Render(Widget1Element element) =>
        _context.Render<Widget1View>(p => p.Add(v => v.Element, element).AddCascadingValue<IWidgetSink>(_sink));
#endif

    private sealed class RecordingSink : IWidgetSink
    {
        public List<(string WidgetId, object? Value)> Values { get; } = [];

        public void SetValue(string widgetId, object? value) => Values.Add((widgetId, value));

        public void Trigger(string widgetId)
        {
        }
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
