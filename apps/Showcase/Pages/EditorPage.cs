using DataApps;
using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>ui.DataEditor: edit a small order by hand; the script totals the edited frame.</summary>
[Page("/editor", Title = "Editor", Icon = "edit_note", Section = "Data", Order = 20, Layout = PageLayout.Wide)]
public sealed class EditorPage : DataPage
{
    private static readonly string[] Units = ["kg", "piece", "box"];

    protected override void Run(Ui ui)
    {
        ui.Title("Editor");
        ui.Markdown("""
            `ui.DataEditor` shows a frame as an editable table and **returns the edited frame**. Each cell has an
            input for its type: numbers, text, a checkbox, a date, or a select. Edits are the widget's value, so they
            survive reruns; a value that does not fit its column shows a message at the cell and is not applied.
            """);

        var order = ui.DataEditor(
            Order(),
            "order",
            columns: [Column.Select("unit", Units, label: "Unit"), new Column("price") { Label = "Price (€)" }],
            numRows: EditorRows.Dynamic,
            disabled: ["sku"],
            label: "Order");

        var quantities = (PrimitiveDataFrameColumn<int>)order["qty"];
        var prices = (PrimitiveDataFrameColumn<double>)order["price"];
        var total = 0.0;
        for (var i = 0; i < order.Rows.Count; i++)
        {
            total += (quantities[i] ?? 0) * (prices[i] ?? 0);
        }

        var (left, middle, right) = ui.Columns(3) is [var a, var b, var c] ? (a, b, c) : throw new InvalidOperationException();
        left.Metric("Lines", order.Rows.Count);
        middle.Metric("Items", quantities.Sum());
        right.Metric("Total", total, format: "C", culture: "de-DE");
        ui.Text($"Total: {total:0.00}");

        ui.Code("""
            var order = ui.DataEditor(Order(), "order",
                columns: [Column.Select("unit", ["kg", "piece", "box"])],
                numRows: EditorRows.Dynamic, disabled: ["sku"]);
            var total = /* sum of qty × price over the edited frame */;
            """, "csharp");
    }

    private static DataFrame Order() => new(
        new StringDataFrameColumn("sku", ["A-100", "B-200", "C-300"]),
        new StringDataFrameColumn("item", ["Apples", "Honey", "Eggs"]),
        new Int32DataFrameColumn("qty", [4, 1, 12]),
        new StringDataFrameColumn("unit", ["kg", "piece", "box"]),
        new DoubleDataFrameColumn("price", [2.5, 7.9, 0.35]),
        new BooleanDataFrameColumn("organic", [true, false, true]),
        new PrimitiveDataFrameColumn<DateTime>("due", [new DateTime(2026, 12, 1), new DateTime(2026, 12, 3), new DateTime(2026, 12, 2)]));
}
