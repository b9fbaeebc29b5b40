namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The text input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<TextInputElement, string> TextInput(string labelOrKey) => new(this, Find<TextInputElement>(labelOrKey), e => e.Value);
}
