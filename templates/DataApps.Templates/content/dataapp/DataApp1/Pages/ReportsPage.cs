using DataApp1.Data;
using DataApps;
using Microsoft.AspNetCore.Authorization;

namespace DataApp1.Pages;

// Only users with the analyst role see this page: others find no entry in the navigation, and its URL sends an
// anonymous user to sign in and answers 403 to a signed-in one.
[Page("/reports", Title = "Reports", Icon = "lock", Section = "Sales", Order = 2)]
[Authorize(Roles = "analyst")]
public sealed class ReportsPage(SalesData sales) : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Reports");
        ui.Text($"Signed in as {ui.User.Name}");
        var totals = sales.Monthly
            .GroupBy(s => s.Region)
            .Select(g => new RegionTotal(g.Key, g.Sum(s => s.Units)))
            .OrderByDescending(t => t.Units)
            .ToList();
        ui.BarChart(totals, x: "Region", y: "Units", title: "Units per region");
        ui.Table(totals);
        ui.Logout();
    }

    private sealed record RegionTotal(string Region, int Units);
}
