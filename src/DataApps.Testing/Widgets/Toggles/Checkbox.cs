namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The checkbox with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<CheckboxElement, bool> Checkbox(string labelOrKey) => new(this, Find<CheckboxElement>(labelOrKey), e => e.Value);
}
