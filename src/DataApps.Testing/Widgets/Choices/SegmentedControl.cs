namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The segmented control (single or multi) with this label or key; values are the shown option texts.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.SegmentedControl("View").SetValue("Chart").RunAsync();</c></example>
    public ButtonGroupHandle<SegmentedControlElement> SegmentedControl(string labelOrKey) =>
        new(this, Find<SegmentedControlElement>(labelOrKey), e => e.Options, e => e.Indices, e => e.Multi);
}
