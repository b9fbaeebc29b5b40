using DataApps.Components.Views.Widgets;

namespace DataApps.Components.Tests.Widgets;

public sealed class ColorPickerViewTests : RendererTest
{
    [Fact]
    public void TheColorPickerShowsTheHexAndASwatchOfTheColour()
    {
        var cut = Render<ColorPickerView, ColorPickerElement>(Some.Color());

        Assert.Equal("Colour", cut.Find(".da-label label").TextContent);
        Assert.Equal("#1f77b4", cut.Find("input").GetAttribute("value"));
        Assert.Equal("#1f77b4", cut.Find(".mud-input-adornment circle").GetAttribute("fill"));
    }

    [Fact]
    public void AColourTypedAsHexIsSentLowerCase()
    {
        var cut = Render<ColorPickerView, ColorPickerElement>(Some.Color());

        cut.Find("input").Change("#FF8800");

        cut.WaitForAssertion(() => Assert.Equal(("color-picker-1", (object?)"#ff8800"), Sink.Single), Patience);
    }

    [Fact]
    public void TheColourFollowsTheElement()
    {
        var cut = Render<ColorPickerView, ColorPickerElement>(Some.Color());

        Rerun(cut, Some.Color("#00ff00"));

        Assert.Equal("#00ff00", cut.Find("input").GetAttribute("value"));
        Assert.Empty(Sink.Values);
    }
}
