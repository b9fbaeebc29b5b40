namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The text area with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public ValueHandle<TextAreaElement, string> TextArea(string labelOrKey) => new(this, Find<TextAreaElement>(labelOrKey), e => e.Value);
}
