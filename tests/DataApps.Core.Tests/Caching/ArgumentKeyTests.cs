using DataApps.Testing;
using Microsoft.Data.Analysis;

namespace DataApps.Core.Tests.Caching;

/// <summary><c>ui.Cache.Data(args, a => …)</c> keys the entry by its arguments: no stale value when an input changes.</summary>
public sealed class ArgumentKeyTests
{
    private sealed record Filter(string Species, int MinYear);

    [Fact]
    public async Task TheKeyFormServesAStaleValueWhenTheFactoryReadsSomethingOutsideItsKeyTheArgumentFormDoesNot()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var n = ui.Slider("n", 1, 10, 2);
            ui.Text($"key form: {ui.Cache.Data("square", () => n * n)}");          // the trap: n is not in the key
            ui.Text($"argument form: {ui.Cache.Data(n, x => x * x)}");
        });
        await app.RunAsync();

        await app.Slider("n").SetValue(3).RunAsync();

        var texts = app.Get<TextElement>().Select(t => t.Text).ToList();
        Assert.Equal(["key form: 4", "argument form: 9"], texts);
    }

    [Fact]
    public async Task EqualArgumentsBuiltAnewEachRunComputeOnceAndDifferentOnesComputeAgain()
    {
        var calls = new List<Filter>();
        using var app = AppTest.FromFunction(ui =>
        {
            var species = ui.SelectBox("Species", ["Adelie", "Gentoo"]);
            var rows = ui.Cache.Data(new Filter(species!, 2007), f =>
            {
                lock (calls)
                {
                    calls.Add(f);
                }

                return $"{f.Species} since {f.MinYear}";
            });
            ui.Text(rows);
            ui.Button("Rerun");
        });
        await app.RunAsync();
        await app.Button("Rerun").Click().RunAsync();
        await app.NewSession().RunAsync(); // another session, the same arguments

        Assert.Single(calls);

        await app.SelectBox("Species").SetValue("Gentoo").RunAsync();

        Assert.Equal([new Filter("Adelie", 2007), new Filter("Gentoo", 2007)], calls);
        Assert.Equal("Gentoo since 2007", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task AFrameWhoseContentChangedComputesAgainAnEqualCopyDoesNot()
    {
        var calls = 0;
        var frame = new DataFrame(new DoubleDataFrameColumn("mass", [3750.0, 3800.0]));
        using var app = AppTest.FromFunction(ui =>
        {
            var total = ui.Cache.Data(frame, f =>
            {
                Interlocked.Increment(ref calls);
                return f.Columns["mass"].Sum();
            });
            ui.Text($"total {total}");
        });
        await app.RunAsync();

        frame = new DataFrame(new DoubleDataFrameColumn("mass", [3750.0, 3800.0])); // a new instance, the same content
        await app.RunAsync();
        Assert.Equal(1, calls);

        frame.Columns["mass"][1] = 4000.0;
        await app.RunAsync();

        Assert.Equal(2, calls);
        Assert.Equal("total 7750", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task AnArgumentTheCacheCannotHashIsAnErrorInThePageNamingIt()
    {
        var service = new object();
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text(ui.Cache.Data((2024, service), a => a.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });

        await app.RunAsync();

        var error = Assert.IsType<ArgumentException>(app.Exception);
        Assert.Contains("(2024, service).Item2", error.Message, StringComparison.Ordinal);
        Assert.Single(app.Get<ExceptionElement>());
    }

    [Fact]
    public async Task TheAsyncAndResourceFormsAreKeyedByTheirArgumentsToo()
    {
        using var app = AppTest.FromFunction(async ui =>
        {
            var n = ui.NumberInput("n", 2);
            var doubled = await ui.Cache.DataAsync(n, async (x, ct) => { await Task.Yield(); return x * 2; });
            var label = ui.Cache.Resource(n, x => $"resource {x}");
            ui.Text($"{doubled} {label}");
        });
        await app.RunAsync();

        await app.NumberInput("n").SetValue(5).RunAsync();

        Assert.Equal("10 resource 5", app.Get<TextElement>().Single().Text);
    }
}
