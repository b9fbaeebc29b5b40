using DataApps;
using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>
/// A hidden page for the browser tests of long cells: a CSV whose one field is 20 MB, shown in ui.DataFrame and ui.Table.
/// Cells show their first 1,000 characters and a button that downloads the full value.
/// </summary>
[Page("/data/large-cell", Title = "Large cell", Section = "Data", Hidden = true)]
public sealed class LargeCellPage : DataPage
{
    private static readonly Lazy<DataFrame> Frame = new(() =>
        Csv.ReadText("id,notes\n1,short\n2," + new string('x', 20_000_000) + "\n3,also short\n"));

    protected override void Run(Ui ui)
    {
        ui.Title("Large cell");
        ui.Text(ui.Button("Ping") ? "Pinged." : "Not pinged.");
        ui.DataFrame(Frame.Value, key: "grid");
        ui.Table(Frame.Value);
    }
}
