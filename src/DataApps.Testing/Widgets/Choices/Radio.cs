namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The radio group with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public OptionHandle<RadioElement> Radio(string labelOrKey) => new(this, Find<RadioElement>(labelOrKey), e => e.Options, e => e.Index);
}
