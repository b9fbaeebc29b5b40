using DataApps.Core.Tests.Support;
using DataApps.Runtime;
using DataApps.Testing;
using Microsoft.Extensions.Logging;

namespace DataApps.Core.Tests.Runtime;

/// <summary>What a callback writes through a container of the last run lands in that container of the run that follows.</summary>
public sealed class CallbackOutputTests
{
    private static string[] Texts(BlockElement block) => [.. block.Children.OfType<TextElement>().Select(t => t.Text)];

    [Fact]
    public async Task ACallbackWritesIntoTheContainerItCapturedBeforeWhatTheBodyWritesThere()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Text("top");
            var box = ui.Container(border: true);
            ui.Button("Go", onChange: () => box.Text("clicked"));
            box.Text("from the body");
        });
        await app.RunAsync();

        await app.Button("Go").Click().RunAsync();

        var box = app.Get<ContainerElement>().Single(c => c.Border);
        Assert.Equal(["clicked", "from the body"], Texts(box));
        Assert.Equal(["top"], Texts(app.Tree.Main)); // not at the top of the page
        Assert.Null(app.Exception);

        await app.RunAsync(); // the next run without a click: the callback's output goes, as the rest of the last run's

        Assert.Equal(["from the body"], Texts(app.Get<ContainerElement>().Single(c => c.Border)));
    }

    [Fact]
    public async Task ACallbackFindsAContainerNestedInColumnsAndAnExpander()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var (left, right) = ui.Columns(2);
            left.Text("left");
            var more = right.Expander("More");
            ui.Slider("n", 0, 10, onChange: () => more.Text("n changed"));
        });
        await app.RunAsync();

        await app.Slider("n").SetValue(3).RunAsync();

        Assert.Equal(["n changed"], Texts(app.Get<ExpanderElement>().Single()));
    }

    [Fact]
    public async Task AContainerMadeInTheCallbackAndThePageRootBothShow()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            var box = ui.Container();
            ui.Button("Go", onChange: () =>
            {
                ui.Text("at the top");
                box.Expander("Details", e => e.Text("inside"));
            });
            box.Text("body");
        });
        await app.RunAsync();

        await app.Button("Go").Click().RunAsync();

        Assert.Equal(["at the top"], Texts(app.Tree.Main));
        Assert.Equal(["inside"], Texts(app.Get<ExpanderElement>().Single()));
        var box = app.Tree.Main.Children.OfType<ContainerElement>().Single();
        Assert.IsType<ExpanderElement>(box.Children[0]);
        Assert.Equal(["body"], Texts(box));
    }

    [Fact]
    public async Task ACallbackInAFragmentWritesIntoTheFragmentsContainer()
    {
        var bodyRuns = 0;
        using var app = AppTest.FromFunction(ui =>
        {
            bodyRuns++;
            ui.Fragment(f =>
            {
                var log = f.Container();
                f.Button("Ping", onChange: () => log.Text("pong"));
            });
        });
        await app.RunAsync();

        await app.Button("Ping").Click().RunAsync();

        Assert.Equal(1, bodyRuns); // only the fragment ran
        var log = app.Get<FragmentElement>().Single().Children.OfType<ContainerElement>().Single();
        Assert.Equal(["pong"], Texts(log));
    }

    [Fact]
    public async Task AWriteIntoAContainerTheNextRunDoesNotMakeIsAnErrorInThePageAndTheLog()
    {
        var logger = new CollectingLogger();
        using var session = new AppSession(new SessionOptions { Inline = true, ProgressInterval = TimeSpan.Zero }, logger);
        await session.NavigateAsync(new ScriptPage(ui =>
        {
            ui.Text("page");
            if (!ui.State.Get<bool>("hide"))
            {
                var box = ui.Container(border: true);
                ui.Button("Hide", onChange: () =>
                {
                    ui.State["hide"] = true;
                    box.Text("hidden now");
                });
            }
        }), "/hide");

        session.Trigger(session.Widgets.All.Single(w => w.Spec.Label == "Hide").Id);
        await session.RunPendingAsync();

        var error = Assert.IsType<ErrorElement>(session.Tree.Main.Children[0]);
        Assert.Contains("did not make it again", error.Body, StringComparison.Ordinal);
        Assert.Contains("container", error.Body, StringComparison.Ordinal);
        Assert.Equal(["page"], Texts(session.Tree.Main));
        Assert.DoesNotContain(session.Tree.Main.Descendants(), e => e is TextElement { Text: "hidden now" });
        var logged = Assert.Single(logger.Entries, e => e.Message.Contains("did not make again", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
    }

    [Fact]
    public async Task AWidgetMadeInACallbackIsAnErrorAndTheBodyStillRuns()
    {
        using var app = AppTest.FromFunction(ui =>
        {
            ui.Button("Go", onChange: () => ui.Checkbox("Made in a callback"));
            ui.Text("body ran");
        });
        await app.RunAsync();

        await app.Button("Go").Click().RunAsync();

        var error = Assert.IsType<InvalidOperationException>(app.Exception);
        Assert.Contains("\"Made in a callback\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("callback", error.Message, StringComparison.Ordinal);
        Assert.Single(app.Get<ExceptionElement>());
        Assert.DoesNotContain(app.Elements, e => e is CheckboxElement);
        Assert.Equal(["body ran"], Texts(app.Tree.Main));
    }

    [Fact]
    public async Task TheBodyWritingIntoAContainerOfTheLastRunItHasNotMadeYetIsAnError()
    {
        Ui? kept = null;
        using var app = AppTest.FromFunction(ui =>
        {
            kept?.Text("too early");
            kept = ui.Container();
        });
        await app.RunAsync();

        await app.RunAsync();

        var error = Assert.IsType<InvalidOperationException>(app.Exception);
        Assert.Contains("earlier run", error.Message, StringComparison.Ordinal);
    }
}
