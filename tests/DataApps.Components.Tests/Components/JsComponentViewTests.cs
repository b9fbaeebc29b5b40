using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Components;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components.Tests.Components;

public sealed class JsComponentViewTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly BunitContext _context = RendererContext.Create(b => b.AddJsComponent("pad", "_content/Pads/pad.js"));

    private RecordingSink Sink { get; } = new();

    private BunitContext Context => _context;

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    private IRenderedComponent<JsComponentView> Render(JsComponentElement element) =>
        _context.Render<JsComponentView>(p => p.Add(v => v.Element, element).AddCascadingValue<IWidgetSink>(Sink));

    private static JsComponentElement Pad(string args = "{\"color\":\"red\"}", string value = "null", string name = "pad") =>
        new("component-1", name, args, value, 1000);

    [Fact]
    public void AnUnregisteredComponentShowsAnErrorNamingTheRegistrationCall()
    {
        var cut = Render(Pad(name: "nope"));

        Assert.Contains("AddJsComponent(\"nope\"", cut.Find(".da-alert").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".da-js-component-host"));
    }

    [Fact]
    public void ARegisteredComponentIsMountedOnceAndNewArgumentsUpdateIt()
    {
        var loader = Context.JSInterop.SetupModule(JsComponentView.LoaderPath);
        var instance = loader.SetupModule(i => i.Identifier == "mount");
        instance.Mode = JSRuntimeMode.Loose;

        var cut = Render(Pad());
        cut.Render(p => p.Add(v => v.Element, Pad("{\"color\":\"blue\"}")));

        var mount = loader.VerifyInvoke("mount");
        Assert.Equal("_content/Pads/pad.js", mount.Arguments[1]);
        Assert.Equal("{\"color\":\"red\"}", mount.Arguments[2]);
        cut.WaitForAssertion(() => Assert.Equal("{\"color\":\"blue\"}", instance.VerifyInvoke("update").Arguments[0]), Patience);
        Assert.Equal("pad", cut.Find(".da-js-component").GetAttribute("data-component"));
    }

    [Fact]
    public async Task AValueFromTheModuleIsSentAsJson()
    {
        var cut = Render(Pad());

        await cut.InvokeAsync(() => cut.Instance.OnValue("{\"x\":1}"));

        Assert.Equal("component-1", Sink.Single.WidgetId);
        Assert.Equal("{\"x\":1}", Sink.Single.Value);
    }

    [Fact]
    public async Task AValueOverTheLimitIsNotSentAndAMessageSaysWhy()
    {
        var cut = Render(Pad());

        await cut.InvokeAsync(() => cut.Instance.OnValue(new string('x', 2000)));

        Assert.Empty(Sink.Values);
        Assert.Contains("limit of 1,000", cut.Find(".da-alert").TextContent, StringComparison.Ordinal);
    }
}
