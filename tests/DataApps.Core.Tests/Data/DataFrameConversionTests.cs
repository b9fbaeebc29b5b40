using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Data;

public sealed class DataFrameConversionTests
{
    private enum Species { Adelie, Gentoo }

    private sealed record Penguin(string Name, int Flipper, double? Mass, bool Tagged, DateTime Seen, Species Species);

    [Fact]
    public void RecordPropertiesBecomeTypedColumnsInDeclarationOrder()
    {
        var rows = new[]
        {
            new Penguin("a", 181, 3750.5, true, new DateTime(2024, 1, 2), Species.Adelie),
            new Penguin("b", 217, null, false, new DateTime(2024, 3, 4), Species.Gentoo),
        };

        var frame = rows.ToDataFrame();

        Assert.Equal(["Name", "Flipper", "Mass", "Tagged", "Seen", "Species"], frame.Columns.Select(c => c.Name));
        Assert.IsType<StringDataFrameColumn>(frame.Columns["Name"]);
        Assert.IsType<PrimitiveDataFrameColumn<int>>(frame.Columns["Flipper"]);
        Assert.IsType<PrimitiveDataFrameColumn<double>>(frame.Columns["Mass"]);
        Assert.IsType<PrimitiveDataFrameColumn<bool>>(frame.Columns["Tagged"]);
        Assert.IsType<PrimitiveDataFrameColumn<DateTime>>(frame.Columns["Seen"]);
        Assert.Equal(2, frame.Rows.Count);
        Assert.Null(frame.Columns["Mass"][1]);
        Assert.Equal("Gentoo", frame.Columns["Species"][1]);
    }

    [Fact]
    public void ScalarSequenceBecomesOneValueColumn()
    {
        var frame = new[] { 1, 2, 3 }.ToDataFrame();

        var column = Assert.Single(frame.Columns);
        Assert.Equal("value", column.Name);
        Assert.Equal(3, column.Length);
    }

    [Fact]
    public void EmptySequenceGivesColumnsWithoutRows()
    {
        var frame = Array.Empty<Penguin>().ToDataFrame();

        Assert.Equal(6, frame.Columns.Count);
        Assert.Equal(0, frame.Rows.Count);
    }

    [Fact]
    public void AsDataFrameAcceptsFramesAndSequencesAndRejectsText()
    {
        var frame = new[] { 1 }.ToDataFrame();

        Assert.Same(frame, DataFrameConversion.AsDataFrame(frame));
        Assert.Equal(2, DataFrameConversion.AsDataFrame(new List<Penguin> { new("a", 1, 1, true, default, Species.Adelie), new("b", 1, 1, true, default, Species.Adelie) })!.Rows.Count);
        Assert.Null(DataFrameConversion.AsDataFrame("text"));
        Assert.Null(DataFrameConversion.AsDataFrame(42));
    }

    [Fact]
    public void AfterAHotReloadOnlySequencesOfAnUpdatedRowTypeAreConvertedAgain()
    {
        List<Penguin> penguins = [new("a", 181, 3750.5, true, new DateTime(2024, 1, 2), Species.Adelie)];
        List<Species> species = [Species.Adelie, Species.Gentoo];
        var penguinsBefore = DataFrameConversion.AsSharedDataFrame(penguins);
        var speciesBefore = DataFrameConversion.AsSharedDataFrame(species);
        Assert.Same(penguinsBefore, DataFrameConversion.AsSharedDataFrame(penguins));

        DataFrameConversion.ClearCache([typeof(Penguin)]); // what the hot reload handler calls: Penguin may have new properties

        var penguinsAfter = DataFrameConversion.AsSharedDataFrame(penguins);
        Assert.NotSame(penguinsBefore, penguinsAfter);
        Assert.Equal(penguinsBefore!.Columns.Select(c => c.Name), penguinsAfter!.Columns.Select(c => c.Name));
        Assert.Equal(181, penguinsAfter.Columns["Flipper"][0]);
        Assert.Same(speciesBefore, DataFrameConversion.AsSharedDataFrame(species));
    }
}
