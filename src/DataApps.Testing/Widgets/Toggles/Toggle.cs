namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The toggle with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<ToggleElement, bool> Toggle(string labelOrKey) => new(this, Find<ToggleElement>(labelOrKey), e => e.Value);
}
