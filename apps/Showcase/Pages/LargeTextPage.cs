using System.Globalization;
using DataApps;

namespace Showcase.Pages;

/// <summary>
/// A hidden page for the browser tests of large text values: a text area and a text input whose lengths the page shows
/// after each rerun. Values over the circuit's 32 KB message limit are streamed; values over the limit are refused in the browser.
/// </summary>
[Page("/widgets/large-text", Title = "Large text", Section = "Widgets", Hidden = true)]
public sealed class LargeTextPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Large text");
        var notes = ui.TextArea("Notes", key: "notes");
        var line = ui.TextInput("Line", key: "line");
        ui.Text(string.Create(CultureInfo.InvariantCulture, $"Notes: {notes.Length:N0} characters. Line: {line.Length:N0} characters."));
    }
}
