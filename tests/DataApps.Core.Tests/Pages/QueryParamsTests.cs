namespace DataApps.Core.Tests.Pages;

public sealed class QueryParamsTests
{
    private static QueryParams From(string query)
    {
        var parameters = new QueryParams();
        parameters.Load(query);
        return parameters;
    }

    [Fact]
    public void AQueryIsReadWithDecodingAndTheLastValueOfARepeatedKey()
    {
        var parameters = From("?species=Adelie%20penguin&tag=a&tag=b&flag&plus=a+b");

        Assert.Equal("Adelie penguin", parameters["species"]);
        Assert.Equal("b", parameters["tag"]);
        Assert.Equal(["a", "b"], parameters.GetAll("tag"));
        Assert.Equal("", parameters["flag"]);
        Assert.Equal("a b", parameters["plus"]);
        Assert.Null(parameters["missing"]);
        Assert.Equal(["species", "tag", "flag", "plus"], parameters.Keys);
    }

    [Fact]
    public void AWholeUrlOrAQueryWithoutTheQuestionMarkReadsTheSame()
    {
        Assert.Equal("?a=1&b=2", From("https://example.org/page?a=1&b=2#top").ToString());
        Assert.Equal("?a=1&b=2", From("a=1&b=2").ToString());
        Assert.Equal("", From("").ToString());
        Assert.Equal("", From("?").ToString());
    }

    [Fact]
    public void MalformedEscapesAndEmptyKeysDoNotThrow()
    {
        var parameters = From("?a=%zz&=orphan&&b=%E2%82%AC");

        Assert.Equal("%zz", parameters["a"]);
        Assert.Equal("€", parameters["b"]);
        Assert.Equal(["a", "b"], parameters.Keys);
    }

    [Fact]
    public void WritingKeepsTheKeysPlaceAndEscapesTheValue()
    {
        var parameters = From("?a=1&b=2&c=3");

        parameters["b"] = "x y&z";
        parameters["d"] = "4";

        Assert.Equal("?a=1&b=x%20y%26z&c=3&d=4", parameters.ToString());
        Assert.Equal("x y&z", From(parameters.ToString())["b"]);
    }

    [Fact]
    public void SettingNullRemovesAndSetAllReplacesEveryValue()
    {
        var parameters = From("?tag=a&tag=b&n=1");

        parameters.SetAll("tag", ["c"]);
        parameters["n"] = null;

        Assert.Equal("?tag=c", parameters.ToString());
        Assert.False(parameters.ContainsKey("n"));
    }

    [Fact]
    public void TypedValuesAreParsedAndFormattedWithTheInvariantCulture()
    {
        var parameters = From("?n=42&x=1.5&bad=abc");

        Assert.Equal(42, parameters.Get("n", 0));
        Assert.Equal(1.5, parameters.Get("x", 0.0));
        Assert.Equal(7, parameters.Get("bad", 7));
        Assert.Equal(7, parameters.Get("missing", 7));

        parameters.Set("x", 2.25);
        parameters.Set("day", new DateOnly(2026, 11, 26));
        parameters.Set<string>("n", null);

        Assert.Equal("?x=2.25&bad=abc&day=2026-11-26", parameters.ToString());
        Assert.Equal(new DateOnly(2026, 11, 26), parameters.Get("day", DateOnly.MinValue));
    }

    [Fact]
    public void ChangesRaiseChangedButLoadingFromTheUrlAndUnchangedWritesDoNot()
    {
        var parameters = From("?a=1");
        var changes = 0;
        parameters.Changed += () => changes++;

        parameters["a"] = "1";
        parameters.Load("?b=2");
        Assert.Equal(0, changes);

        parameters["a"] = "2";
        parameters.Remove("a");
        parameters.Remove("a");
        parameters.Clear();
        parameters.Clear();
        Assert.Equal(3, changes);
    }

    [Fact]
    public void NormalizeGivesOneFormForEquivalentQueries()
    {
        Assert.Equal(QueryParams.Normalize("?a=x%20y"), QueryParams.Normalize("a=x+y"));
        Assert.Equal("", QueryParams.Normalize(null));
    }
}
