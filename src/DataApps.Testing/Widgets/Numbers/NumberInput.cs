namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The number input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<NumberInputElement, double?> NumberInput(string labelOrKey) => new(this, Find<NumberInputElement>(labelOrKey), e => e.Value);
}
