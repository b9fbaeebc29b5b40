namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The pills (<c>ui.Pills</c> or <c>ui.MultiPills</c>) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.Pills("Mood").Click("Calm").RunAsync();</c></example>
    public ButtonGroupHandle<PillsElement> Pills(string labelOrKey) =>
        new(this, Find<PillsElement>(labelOrKey), e => e.Options, e => e.Indices, e => e.Multi);
}
