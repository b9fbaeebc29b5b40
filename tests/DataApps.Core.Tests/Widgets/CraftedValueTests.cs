using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Widgets;

/// <summary>Messages a renderer would never send: the session must shrug them off.</summary>
public sealed class CraftedValueTests
{
    [Fact]
    public async Task ClickSentToAWidgetThatIsNotAButtonIsIgnored()
    {
        using var session = Some.InlineSession();
        await session.NavigateAsync(new ScriptPage(ui => ui.Slider("n", 0, 10, value: 4)), "/");

        session.Trigger(Some.Widget<SliderElement>(session.Tree, "n").WidgetId);
        await session.RequestRunAsync();

        Assert.Equal(4, Some.Widget<SliderElement>(session.Tree, "n").Value);
        Assert.DoesNotContain(Some.Flatten(session.Tree.Main), e => e is ErrorElement);
    }
}
