using DataApps.Caching;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Caching;

/// <summary>The arguments of <c>ui.Cache.Data(args, …)</c> are hashed by value: equal arguments share a key, any difference makes another.</summary>
public sealed class ArgumentHasherTests
{
    private enum Island { Biscoe, Dream }

    private sealed record Query(string Species, int Year, Island Island, IReadOnlyList<string> Columns);

    private readonly record struct Range(double Low, double High);

    private sealed class Service
    {
    }

    private sealed class Warehouse(string connection) : ICacheKey
    {
        public object? CacheKey => connection;
    }

    private sealed record Node(List<object> Children);

    private static string Key(object? args) => ArgumentHasher.KeyOf(args, "args");

    [Fact]
    public void EqualValuesBuiltApartShareAKey()
    {
        Assert.Equal(Key((2024, "Adelie")), Key((2024, "Adelie")));
        Assert.Equal(Key(new Query("Adelie", 2024, Island.Dream, ["bill", "flipper"])), Key(new Query("Adelie", 2024, Island.Dream, new List<string> { "bill", "flipper" })));
        Assert.Equal(Key(new { year = 2024, range = new Range(1, 2) }), Key(new { year = 2024, range = new Range(1, 2) }));
        Assert.Equal(Key(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc)), Key(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(Key(new Dictionary<string, int> { ["a"] = 1 }), Key(new Dictionary<string, int> { ["a"] = 1 }));
        Assert.Equal(Key(new[] { 1.5, 2.5 }), Key(new[] { 1.5, 2.5 }));
        Assert.Equal(Key(null), Key(null));
    }

    [Fact]
    public void AnyDifferenceMakesAnotherKey()
    {
        string[] keys =
        [
            Key(1), Key(1L), Key(1.0), Key("1"), Key(true), Key(Island.Dream), Key(null),
            Key((1, "2")), Key(("1", 2)), Key((1, "2", 3)),
            Key(new[] { 1, 2 }), Key(new[] { 2, 1 }), Key(new[] { 1L, 2L }), Key(new List<int> { 1, 2, 3 }),
            Key(new Query("Adelie", 2024, Island.Dream, ["bill"])), Key(new Query("Adelie", 2024, Island.Biscoe, ["bill"])),
            Key(new Query("Adelie", 2023, Island.Dream, ["bill"])), Key(new Query("Adelie", 2024, Island.Dream, ["bill", "flipper"])),
            Key(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc)), Key(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Local)),
            Key(new Range(1, 2)), Key(new Range(2, 1)), Key(new[] { "a", "b" }), Key(new[] { "ab" }),
        ];

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void AFrameIsHashedByItsContent()
    {
        static DataFrame Frame(double mass = 3750, string name = "mass", string? species = "Adelie") => new(
            new DoubleDataFrameColumn(name, [mass, 3800]),
            new StringDataFrameColumn("species", [species, "Gentoo"]));

        Assert.Equal(Key(Frame()), Key(Frame()));
        Assert.NotEqual(Key(Frame()), Key(Frame(mass: 3751)));
        Assert.NotEqual(Key(Frame()), Key(Frame(name: "weight")));
        Assert.NotEqual(Key(Frame()), Key(Frame(species: null)));
        Assert.NotEqual(Key(Frame()), Key(Frame(species: "Chinstrap")));

        // The same numbers in a column of another type, and a null where a zero was, are other frames.
        var ints = new DataFrame(new Int32DataFrameColumn("n", [1, 0]));
        var longs = new DataFrame(new Int64DataFrameColumn("n", [1L, 0L]));
        var withNull = new DataFrame(new Int32DataFrameColumn("n", [1, null]));
        Assert.Equal(3, new[] { Key(ints), Key(longs), Key(withNull) }.Distinct().Count());

        var changed = Frame();
        var before = Key(changed);
        changed["mass"][0] = 4000.0;
        Assert.NotEqual(before, Key(changed));
    }

    [Fact]
    public void AClassComparedByReferenceIsRefusedWithAMessageNamingTheArgumentAndItsType()
    {
        var error = Assert.Throws<ArgumentException>(() => ArgumentHasher.KeyOf((2024, new Service()), "(year, service)"));

        Assert.Contains("(year, service).Item2", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Service), error.Message, StringComparison.Ordinal);
        Assert.Contains("ICacheKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnICacheKeyIsHashedByWhatStandsForIt()
    {
        Assert.Equal(Key(new Warehouse("db1")), Key(new Warehouse("db1")));
        Assert.NotEqual(Key(new Warehouse("db1")), Key(new Warehouse("db2")));
        Assert.NotEqual(Key(new Warehouse("db1")), Key("db1"));
    }

    [Fact]
    public void ACycleIsRefusedInsteadOfOverflowingTheStack()
    {
        var node = new Node([]);
        node.Children.Add(node);

        var error = Assert.Throws<ArgumentException>(() => Key(node));

        Assert.Contains("levels deep", error.Message, StringComparison.Ordinal);
    }
}
