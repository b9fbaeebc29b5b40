using DataApps;
using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>A million-row grid with column configuration and selection, and small static tables.</summary>
[Page("/dataframe", Title = "DataFrame", Icon = "table_chart", Section = "Data", Order = 10, Layout = PageLayout.Wide)]
public sealed class DataFramePage : DataPage
{
    /// <summary>The synthetic frame's row count.</summary>
    public const int Rows = 1_000_000;

    // Built once per process. (A shared cache will replace this static.)

    /// <summary>How the grid shows the frame's columns.</summary>
    public static readonly Column[] Columns =
    [
        Column.Text("customer", "Customer") with { Pinned = true, Help = "Pinned: stays at the left while scrolling sideways" },
        Column.Text("city", "City"),
        Column.Progress("score", "Score", max: 100, format: "0"),
        Column.Percent("discount", "Discount", decimals: 0),
        Column.Currency("price", "Price"),
        Column.Date("ordered", "Ordered"),
        Column.Checkbox("shipped", "Shipped"),
        Column.Link("site", "Site", displayText: "open"),
        Column.Image("flag", "Flag"),
        Column.Hide("internal_code"),
    ];

    protected override void Run(Ui ui)
    {
        ui.Title("DataFrame");
        ui.Markdown($"""
            `ui.DataFrame(df)` shows a frame as a grid. The server sorts (click a header), filters (the row under the
            headers: text, `> 50`, `10..20`, `>= 2024-06-01`) and searches; the browser only receives the rows it shows,
            so this frame of **{Rows:N0} rows × 10 columns** scrolls smoothly to its last row.
            """);

        var orders = ui.Cache.Data("orders", () => SyntheticOrders.Create(Rows)); // built once, shared by every session
        var mode = ui.Radio("Selection", ["Single row", "Multi row"], horizontal: true) == "Single row"
            ? RowSelection.SingleRow
            : RowSelection.MultiRow;
        var picked = ui.DataFrame(orders, columns: Columns, selection: mode, key: "orders");

        ui.Subheader("Selection");
        var (left, right) = ui.Columns(2);
        left.Metric("Selected rows", picked.Rows.Count);
        right.Metric("Selected value", picked.IsEmpty ? "—" : Total(orders, picked).ToString("C2", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        if (picked.IsEmpty)
        {
            ui.Info("Select rows in the grid: the page reruns and shows them here.");
        }
        else
        {
            ui.Table(picked.RowsOf(orders), columns: [.. Columns.Where(c => c.Name is not ("site" or "flag")), Column.Hide("site"), Column.Hide("flag")]);
        }

        ui.Subheader("ui.Table and ui.Write");
        ui.Markdown("`ui.Table(rows)` renders every row of a small table (up to 1,000); `ui.Write(records)` shows a grid.");
        ui.Table(Planets);
        ui.Write(Planets);
    }

    private static double Total(DataFrame orders, TableSelection picked)
    {
        var price = (PrimitiveDataFrameColumn<double>)orders.Columns["price"];
        return picked.Rows.Sum(r => price[r] ?? 0);
    }

    private static readonly Planet[] Planets =
    [
        new("Mercury", 0.39, 0.055, 0),
        new("Venus", 0.72, 0.815, 0),
        new("Earth", 1.00, 1.000, 1),
        new("Mars", 1.52, 0.107, 2),
        new("Jupiter", 5.20, 317.8, 95),
    ];

    private sealed record Planet(string Name, double DistanceAu, double MassEarths, int Moons);
}
