using Microsoft.Data.Analysis;

namespace DataApps.Benchmarks.Grid;

/// <summary>A deterministic frame of ten typed columns for the grid benchmarks (the Showcase's synthetic orders, in spirit).</summary>
internal static class GridFrame
{
    public const int Rows = 1_000_000;

    private static readonly Lazy<DataFrame> Shared = new(() => Create(Rows));

    private static readonly string[] Cities = ["Amsterdam", "Berlin", "Cairo", "Denver", "Edinburgh", "Florence", "Geneva", "Helsinki", "Istanbul", "Jakarta",
        "Kyoto", "Lima", "Madrid", "Nairobi", "Oslo", "Porto", "Quito", "Riga", "Seoul", "Toronto"];

    /// <summary>The frame the bench server's /grid page shows, built once per process.</summary>
    public static DataFrame Instance => Shared.Value;

    /// <summary>Columns: id, customer (16k distinct strings), city (20), score (with nulls), discount, price, quantity, ordered, shipped, code.</summary>
    public static DataFrame Create(int rows)
    {
        var random = new Random(42);
        var id = new long[rows];
        var customer = new string[rows];
        var city = new string[rows];
        var score = new double?[rows];
        var discount = new double[rows];
        var price = new double[rows];
        var quantity = new int[rows];
        var ordered = new DateTime[rows];
        var shipped = new bool[rows];
        var code = new int[rows];
        var names = Enumerable.Range(0, 16_000).Select(i => $"Customer {i:00000}").ToArray();
        var start = new DateTime(2023, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            id[i] = i;
            customer[i] = names[random.Next(names.Length)];
            city[i] = Cities[random.Next(Cities.Length)];
            score[i] = i % 50 == 7 ? null : Math.Round(random.NextDouble() * 100, 1);
            discount[i] = random.Next(0, 31) / 100.0;
            price[i] = Math.Round(5 + (random.NextDouble() * 995), 2);
            quantity[i] = random.Next(1, 100);
            ordered[i] = start.AddMinutes(random.Next(0, 2 * 365 * 24 * 60));
            shipped[i] = random.Next(4) != 0;
            code[i] = random.Next();
        }

        return new DataFrame(
            new PrimitiveDataFrameColumn<long>("id", id),
            new StringDataFrameColumn("customer", customer),
            new StringDataFrameColumn("city", city),
            new PrimitiveDataFrameColumn<double>("score", score),
            new PrimitiveDataFrameColumn<double>("discount", discount),
            new PrimitiveDataFrameColumn<double>("price", price),
            new PrimitiveDataFrameColumn<int>("quantity", quantity),
            new PrimitiveDataFrameColumn<DateTime>("ordered", ordered),
            new PrimitiveDataFrameColumn<bool>("shipped", shipped),
            new PrimitiveDataFrameColumn<int>("code", code));
    }

    /// <summary>The bench server's /grid page: the shared 1M × 10 frame in a grid with single-row selection.</summary>
    public static void Page(Ui ui)
    {
        var picked = ui.DataFrame(Instance, columns: [Column.Percent("discount"), Column.Currency("price")], selection: RowSelection.SingleRow, key: "grid");
        ui.Text($"Selected: {(picked.IsEmpty ? "none" : picked.Rows[0].ToString(System.Globalization.CultureInfo.InvariantCulture))}");
    }
}
