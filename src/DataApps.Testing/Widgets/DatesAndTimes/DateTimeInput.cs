namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The date-and-time input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.DateTimeInput("Start").SetValue(new DateTime(2025, 3, 1, 9, 30, 0)).RunAsync();</c></example>
    public TemporalHandle<DateTimeInputElement, DateTime> DateTimeInput(string labelOrKey) =>
        new(this, Find<DateTimeInputElement>(labelOrKey), e => e.Value, e => e.Clearable, e => e.Min, e => e.Max);
}
