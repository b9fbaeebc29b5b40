namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The select box with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public OptionHandle<SelectBoxElement> SelectBox(string labelOrKey) => new(this, Find<SelectBoxElement>(labelOrKey), e => e.Options, e => e.Index);
}
