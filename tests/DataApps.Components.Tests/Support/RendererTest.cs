using Bunit;
using MudBlazor;

namespace DataApps.Components.Tests.Support;

/// <summary>The base of renderer tests: a DataApps bUnit context with a popover provider and a recording sink cascaded to the view.</summary>
public abstract class RendererTest : IAsyncLifetime
{
    /// <summary>Long enough for a loaded 2-core machine; WaitForAssertion returns as soon as the assertion holds.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private protected RendererTest()
    {
        Context = RendererContext.Create();
        Popovers = Context.Render<MudPopoverProvider>();
    }

    private protected BunitContext Context { get; }

    private protected RecordingSink Sink { get; } = new();

    /// <summary>Where MudBlazor draws popovers: select lists and tooltips.</summary>
    private protected IRenderedComponent<MudPopoverProvider> Popovers { get; }

    private protected IRenderedComponent<TView> Render<TView, TElement>(TElement element)
        where TView : ElementView<TElement>
        where TElement : Element =>
        Context.Render<TView>(p => p.Add(v => v.Element, element).AddCascadingValue<IWidgetSink>(Sink));

    /// <summary>Gives the view a new element, as a rerun does.</summary>
    private protected static void Rerun<TView, TElement>(IRenderedComponent<TView> view, TElement element)
        where TView : ElementView<TElement>
        where TElement : Element =>
        view.Render(p => p.Add(v => v.Element, element));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
