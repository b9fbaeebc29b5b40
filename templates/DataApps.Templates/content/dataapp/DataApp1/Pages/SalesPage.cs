using DataApp1.Data;
using DataApps;

namespace DataApp1.Pages;

[Page("/sales", Title = "Sales", Icon = "bar_chart", Section = "Sales", Order = 1)]
public sealed class SalesPage(SalesData sales) : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Sales by month");
        var regions = ui.MultiSelect("Regions", sales.Regions, defaults: sales.Regions);
        var rows = sales.Monthly.Where(s => regions.Contains(s.Region)).ToList();
        if (rows.Count == 0)
        {
            ui.Info("Choose at least one region.");
            return;
        }

        ui.Metric("Units", rows.Sum(s => s.Units));
        ui.LineChart(rows, x: "Month", y: "Units", color: "Region", title: "Units per month");
        ui.Table(rows);
    }
}
