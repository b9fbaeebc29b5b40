using System.Text;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

/// <summary>The block-at-a-time tokenizer reads back exactly the fields a CSV writer wrote, wherever they fall in its blocks and parts.</summary>
public sealed class CsvTokenizerTests
{
    private static readonly string[] Pieces = ["a", "bc", "1", " ", ",", "\"", "\n", "\r\n", "é", "x\"y", "longer text here", ""];

    [Fact]
    public void RandomTextsReadBackTheFieldsTheyWereWrittenFrom()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var columns = random.Next(1, 7);
            var rows = Enumerable.Range(0, random.Next(1, 120)).Select(_ => Enumerable.Range(0, columns).Select(_ => Field(random, columns)).ToArray()).ToArray();
            var newLine = random.Next(2) == 0 ? "\n" : "\r\n";
            var csv = Write(columns, rows, newLine, trailingNewLine: random.Next(2) == 0);

            var df = Csv.ReadText(csv, AllText(columns));

            Assert.Equal(rows.Length, df.Rows.Count);
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    Assert.Equal(rows[r][c].Length == 0 ? null : rows[r][c], df.Columns[c][r]);
                }
            }
        }
    }

    [Fact]
    public void CrLfAndAByteOrderMarkInATextReadInPartsGiveWhatOnePassGives()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 100_000).Select(_ => Enumerable.Range(0, 4).Select(_ => Field(random, 4)).ToArray()).ToArray();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(4, rows, "\r\n", trailingNewLine: true))).ToArray();

        var parts = Csv.Read(new MemoryStream(bytes), AllText(4));
        var single = Csv.Read(new MemoryStream(bytes), AllText(4) with { Parallel = false });

        Assert.True(bytes.Length > 2 << 20, $"{bytes.Length:N0} bytes");
        Assert.Equal("c0", parts.Columns[0].Name);
        Assert.Equal(rows.Length, parts.Rows.Count);
        for (var c = 0; c < 4; c++)
        {
            Assert.Equal(single.Columns[c].Cast<object?>(), parts.Columns[c].Cast<object?>());
            Assert.Equal(rows[^1][c].Length == 0 ? null : rows[^1][c], parts.Columns[c][rows.Length - 1]);
        }
    }

    [Fact]
    public void AQuotedLineBreakRightAfterTheMiddleIsNoCut()
    {
        // One long quoted field of many lines covers the middle, so the first line break after it is inside quotes.
        var sb = new StringBuilder("n,s\n");
        for (var i = 0; i < 60_000; i++)
        {
            sb.Append(i).Append(",v").Append(i % 10).Append('\n');
        }

        var before = sb.Length;
        sb.Append("60000,\"").Append(string.Concat(Enumerable.Repeat("line\n", 2000))).Append("\"\n");
        var middleRow = 60_000;
        for (var i = 60_001; i < 120_000; i++)
        {
            sb.Append(i).Append(",w\n");
        }

        Assert.InRange(sb.Length / 2, before - (10 * 4096), before + (10 * 2000));

        var df = Csv.ReadText(sb.ToString());

        Assert.Equal(120_000, df.Rows.Count);
        Assert.StartsWith("line\nline\n", (string)df["s"][middleRow], StringComparison.Ordinal);
        Assert.Equal(119_999, df["n"][119_999]);
    }

    [Fact]
    public void ATextBelowThePartSizeIsReadInOnePassWithTheSameResult()
    {
        var csv = "a,b\n" + string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"{i},\"q\n{i}\""));

        var df = Csv.ReadText(csv);

        Assert.True(csv.Length < 1 << 20);
        Assert.Equal(1000, df.Rows.Count);
        Assert.Equal("q\n999", df["b"][999]);
    }

    [Theory]
    [InlineData("c0,c1\n1,\"x\"", "x")]
    [InlineData("c0,c1\n1,\"x\"\"\"", "x\"")]
    [InlineData("c0,c1\n1,x\"y\"", "x\"y\"")]
    [InlineData("c0,c1\r1,\"\r\"\r", "\r")]
    [InlineData("c0,c1\n\n\r\n1,z\n\n", "z")]
    public void TheLastFieldEndsAtTheEndOfTheText(string csv, string expected)
    {
        var df = Csv.ReadText(csv, AllText(2));

        Assert.Equal(1, df.Rows.Count);
        Assert.Equal(expected, df["c1"][0]);
    }

    [Fact]
    public void ARaggedRowInTheSecondPartOfACrLfTextNamesItsLine()
    {
        var csv = "a,b\r\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i => i == 150_000 ? "1,2,3\r\n" : $"{i},x\r\n"));

        var e = Assert.Throws<CsvFormatException>(() => Csv.ReadText(csv));

        Assert.Equal(150_002, e.LineNumber);
    }

    [Theory]
    [InlineData(0x00, "NUL")]
    [InlineData(0xFF, "not valid UTF-8")]
    public void ABadByteDeepInsideALongQuotedFieldIsStillFound(byte bad, string problem)
    {
        // The tokenizer validates the blocks it loads; a quoted field longer than a block is checked on its own.
        var lines = new List<byte>("c0,c1\n1,x\n2,\""u8.ToArray());
        lines.AddRange(Enumerable.Repeat((byte)'a', 500));
        lines.Add(bad);
        lines.AddRange("\"\n3,y\n"u8.ToArray());

        var e = Assert.Throws<CsvFormatException>(() => Csv.Read(new MemoryStream([.. lines])));

        Assert.Equal(3, e.LineNumber);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8InTheSecondPartWinsOverARaggedRowInTheFirst()
    {
        var csv = Encoding.UTF8.GetBytes("a,b\n" + string.Concat(Enumerable.Range(0, 200_000).Select(i => i == 10 ? "1,2,3\n" : $"{i},x\n")));
        csv[^3] = 0xC3; // a lead byte without its continuation, on the last line

        var e = Assert.Throws<CsvFormatException>(() => Csv.Read(new MemoryStream(csv)));

        Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Equal(200_001, e.LineNumber);
    }

    private static CsvOptions AllText(int columns) => new()
    {
        HasHeader = true,
        ColumnTypes = Enumerable.Range(0, columns).ToDictionary(c => $"c{c}", _ => typeof(string)),
    };

    private static string Field(Random random, int columns)
    {
        var sb = new StringBuilder();
        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        // A lone empty field would be a blank line, which is skipped.
        return columns == 1 && sb.Length == 0 ? "z" : sb.ToString();
    }

    private static string Write(int columns, string[][] rows, string newLine, bool trailingNewLine)
    {
        var sb = new StringBuilder(string.Join(",", Enumerable.Range(0, columns).Select(c => $"c{c}"))).Append(newLine);
        for (var r = 0; r < rows.Length; r++)
        {
            sb.Append(string.Join(",", rows[r].Select(Quote)));
            if (r < rows.Length - 1 || trailingNewLine)
            {
                sb.Append(newLine);
            }
        }

        return sb.ToString();
    }

    /// <summary>Quotes a field when it must be; a quote inside an unquoted field stays as it is (the reader's leniency).</summary>
    private static string Quote(string field) =>
        field.StartsWith('"') || field.IndexOfAny([',', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
