using Bunit;
using DataApps.Components.Tests.Support;
using DataApps.Components.Views.Widgets;
using DataApps.Runtime;

namespace DataApps.Components.Tests.Widgets;

/// <summary>
/// A value outside a widget's range sent by its renderer (a stale page, a crafted message) through the session, as in the
/// browser: the session refuses it, and the renderer shows the value the widget kept.
/// </summary>
public sealed class RefusedValueTests : RendererTest
{
    [Fact]
    public async Task ARangeSliderEndSentOutsideTheRangeIsRefusedAndTheThumbGoesBackToTheKeptValue()
    {
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero });
        await session.NavigateAsync(new LambdaPage(ui => { ui.RangeSlider("Mass", 0, 10, value: (2, 4)); return Task.CompletedTask; }), "/");
        var view = Context.Render<RangeSliderView>(p => p.Add(v => v.Element, Shown<RangeSliderElement>(session)).AddCascadingValue<IWidgetSink>(session));

        view.Find("input.da-range-b").Change("50"); // a real browser keeps a range input within its bounds; this sends [2, 50] anyway
        Assert.Equal("50", view.Find("input.da-range-b").GetAttribute("value"));
        await session.RequestRunAsync();
        Rerun(view, Shown<RangeSliderElement>(session));

        Assert.Equal((2.0, 4.0), (Shown<RangeSliderElement>(session).Low, Shown<RangeSliderElement>(session).High));
        view.WaitForAssertion(() => Assert.Equal("4", view.Find("input.da-range-b").GetAttribute("value")), Patience);
    }

    [Fact]
    public async Task ASliderValueSentOutsideTheRangeIsRefusedAndTheSliderShowsTheKeptValueAgain()
    {
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero });
        await session.NavigateAsync(new LambdaPage(ui => { ui.Slider("n", 0, 10, value: 4); return Task.CompletedTask; }), "/");
        var view = Context.Render<SliderView>(p => p.Add(v => v.Element, Shown<SliderElement>(session)).AddCascadingValue<IWidgetSink>(session));

        view.Find("input").Change("42");
        await session.RequestRunAsync();
        Rerun(view, Shown<SliderElement>(session));

        Assert.Equal(4.0, Shown<SliderElement>(session).Value);
        view.WaitForAssertion(() => Assert.Equal("4", view.Find("input").GetAttribute("value")), Patience);
    }

    private static TElement Shown<TElement>(AppSession session)
        where TElement : WidgetElement => session.Tree.Main.Descendants().OfType<TElement>().Single();
}
