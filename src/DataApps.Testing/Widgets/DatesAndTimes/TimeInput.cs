namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The time input with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    /// <example><c>await app.TimeInput("Alarm").SetValue(new TimeOnly(7, 30)).RunAsync();</c></example>
    public TemporalHandle<TimeInputElement, TimeOnly> TimeInput(string labelOrKey) =>
        new(this, Find<TimeInputElement>(labelOrKey), e => e.Value, e => e.Clearable, _ => null, _ => null);
}
