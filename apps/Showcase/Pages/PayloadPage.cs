using System.Globalization;
using DataApps;

namespace Showcase.Pages;

/// <summary>
/// A hidden page for the browser tests of JS component values: a module (wwwroot/js/payload.js) sends a string of the
/// length typed into it; values over 16 KB are streamed to the server, values over the limit are refused in the browser.
/// </summary>
[Page("/components/payload", Title = "JS component payloads", Section = "Components", Hidden = true)]
public sealed class PayloadPage : DataPage
{
    /// <summary>The registered name of the payload module.</summary>
    public const string ComponentName = "payload";

    protected override void Run(Ui ui)
    {
        ui.Title("JS component payloads");
        var text = ui.Component(ComponentName, new { fill = "x" }, "", key: "payload");
        ui.Text(string.Create(CultureInfo.InvariantCulture, $"Received {text.Length:N0} characters."));
    }
}
