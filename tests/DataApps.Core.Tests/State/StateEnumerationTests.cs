using DataApps.Core.Tests.Support;
using DataApps.Testing;

namespace DataApps.Core.Tests.State;

public sealed class StateEnumerationTests
{
    [Fact]
    public async Task StateListsPlainValuesAndKeyedWidgetsButNotUnkeyedOnes()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.State.GetOrAdd("count", 1);
            ui.Checkbox("keyed", key: "keyed");
            ui.Checkbox("unkeyed");
        });

        await app.RunAsync();

        Assert.Equal(["count", "keyed"], app.State.Keys.Order());
        Assert.Equal(2, app.State.Count);
        Assert.Equal([1, false], app.State.OrderBy(p => p.Key).Select(p => p.Value));
    }

    [Fact]
    public void StateCopiesIntoListsAndArraysWithLinq()
    {
        using var session = Some.InlineSession();
        session.State["a"] = 1;
        session.State["b"] = 2;

        var list = session.State.ToList();
        var array = session.State.ToArray();
        var copy = new KeyValuePair<string, object?>[3];
        ((ICollection<KeyValuePair<string, object?>>)session.State).CopyTo(copy, 1);

        Assert.Equal(2, list.Count);
        Assert.Equal(["a", "b"], array.Select(p => p.Key).Order());
        Assert.Null(copy[0].Key);
        Assert.Equal(["a", "b"], copy.Skip(1).Select(p => p.Key).Order());
    }

    [Fact]
    public void CopyToRefusesAnArrayThatIsTooSmall()
    {
        using var session = Some.InlineSession();
        session.State["a"] = 1;
        session.State["b"] = 2;

        Assert.Throws<ArgumentException>(() => ((ICollection<KeyValuePair<string, object?>>)session.State).CopyTo(new KeyValuePair<string, object?>[2], 1));
    }
}
