namespace DataApps.Components.Views.Widgets;

/// <summary>Shows a date and a time field (<c>ui.DateTimeInput</c>) and sends the combined <see cref="DateTime"/>, or <c>null</c> when cleared.</summary>
public partial class DateTimeInputView
{
    private DateTimeInputElement? _shown;
    private string? _id;
    private DateTime? _date;
    private TimeSpan? _time;

    private int MinuteStep => Element.Step.TotalMinutes is var m and >= 1 and < 60 ? (int)m : 1;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        _id ??= WidgetChrome.DomId(Element.WidgetId);
        if (_shown is null || !_shown.Equals(Element))
        {
            _shown = Element;
            _date = Element.Value?.Date;
            _time = Element.Value?.TimeOfDay ?? _time;
        }
    }

    private void OnDate(DateTime? date)
    {
        _date = date?.Date;
        Send();
    }

    private void OnTime(TimeSpan? time)
    {
        _time = time;
        if (_date is not null)
        {
            Send();
        }
        else
        {
            Refresh();
        }
    }

    private void Send()
    {
        SendValue(_date is { } d ? d.Add(_time ?? TimeSpan.Zero) : null);
        Refresh();
    }
}
