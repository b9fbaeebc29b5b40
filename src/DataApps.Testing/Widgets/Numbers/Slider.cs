namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The slider with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<SliderElement, double> Slider(string labelOrKey) => new(this, Find<SliderElement>(labelOrKey), e => e.Value);
}
