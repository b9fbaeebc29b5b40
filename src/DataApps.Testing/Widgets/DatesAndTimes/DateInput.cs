namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The date input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.DateInput("Birthday").SetValue(new DateOnly(1990, 5, 17)).RunAsync();</c></example>
    public TemporalHandle<DateInputElement, DateOnly> DateInput(string labelOrKey) =>
        new(this, Find<DateInputElement>(labelOrKey), e => e.Value, e => e.Clearable, e => e.Min, e => e.Max);
}
