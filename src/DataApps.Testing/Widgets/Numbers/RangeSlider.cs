namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The range slider with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<RangeSliderElement, (double Low, double High)> RangeSlider(string labelOrKey) =>
        new(this, Find<RangeSliderElement>(labelOrKey), e => (e.Low, e.High));
}
