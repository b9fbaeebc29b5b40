using Microsoft.Data.Analysis;

namespace Showcase.Pages;

/// <summary>A deterministic synthetic frame of orders: ten typed columns, a few nulls, any number of rows.</summary>
public static class SyntheticOrders
{
    private static readonly string[] Cities = ["Amsterdam", "Berlin", "Cairo", "Denver", "Edinburgh", "Florence", "Geneva", "Helsinki", "Istanbul", "Jakarta",
        "Kyoto", "Lima", "Madrid", "Nairobi", "Oslo", "Porto", "Quito", "Riga", "Seoul", "Toronto"];

    private static readonly string[] Names = ["Ada", "Ben", "Chloe", "Dev", "Elif", "Femi", "Gus", "Hana", "Ivan", "Jun", "Kai", "Lea", "Mo", "Nia", "Omar", "Pia"];

    private static readonly string[] Flags = [Flag("#e53935", "#fdd835"), Flag("#1e88e5", "#ffffff"), Flag("#43a047", "#ffffff"), Flag("#8e24aa", "#ffb300")];

    /// <summary>Builds <paramref name="rows"/> orders; the same rows every time.</summary>
    public static DataFrame Create(int rows)
    {
        var random = new Random(42);
        var customer = new string[rows];
        var city = new string[rows];
        var score = new double?[rows];
        var discount = new double[rows];
        var price = new double[rows];
        var ordered = new DateTime[rows];
        var shipped = new bool[rows];
        var site = new string[rows];
        var flag = new string[rows];
        var code = new int[rows];
        var start = new DateTime(2023, 1, 1);
        var sites = Cities.Select(c => $"https://example.org/{c.ToLowerInvariant()}").ToArray();
        for (var i = 0; i < rows; i++)
        {
            var c = random.Next(Cities.Length);
            customer[i] = string.Concat(Names[random.Next(Names.Length)], " ", (i % 997).ToString("000", System.Globalization.CultureInfo.InvariantCulture));
            city[i] = Cities[c];
            score[i] = i % 50 == 7 ? null : Math.Round(random.NextDouble() * 100, 1);
            discount[i] = random.Next(0, 31) / 100.0;
            price[i] = Math.Round(5 + (random.NextDouble() * 995), 2);
            ordered[i] = start.AddMinutes(random.Next(0, 2 * 365 * 24 * 60)).Date;
            shipped[i] = random.Next(4) != 0;
            site[i] = sites[c];
            flag[i] = Flags[c % Flags.Length];
            code[i] = random.Next();
        }

        return new DataFrame(
            new StringDataFrameColumn("customer", customer),
            new StringDataFrameColumn("city", city),
            new PrimitiveDataFrameColumn<double>("score", score),
            new PrimitiveDataFrameColumn<double>("discount", discount),
            new PrimitiveDataFrameColumn<double>("price", price),
            new PrimitiveDataFrameColumn<DateTime>("ordered", ordered),
            new PrimitiveDataFrameColumn<bool>("shipped", shipped),
            new StringDataFrameColumn("site", site),
            new StringDataFrameColumn("flag", flag),
            new PrimitiveDataFrameColumn<int>("internal_code", code));
    }

    private static string Flag(string a, string b) =>
        "data:image/svg+xml," + Uri.EscapeDataString($"<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 3 2'><rect width='3' height='2' fill='{a}'/><rect width='1' height='2' fill='{b}'/></svg>");
}
