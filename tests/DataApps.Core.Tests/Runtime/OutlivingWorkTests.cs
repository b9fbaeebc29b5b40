using DataApps.Core.Tests.Support;

namespace DataApps.Core.Tests.Runtime;

/// <summary>Work a page starts but does not await, which then uses the page's Ui after its run has ended.</summary>
public sealed class OutlivingWorkTests : IDisposable
{
    private readonly Checkpoint _checkpoint = new();

    public void Dispose() => _checkpoint.Dispose();

    [Fact]
    public async Task UiCallFromWorkThatOutlivedItsRunFailsWithAClearError()
    {
        var later = new TaskCompletionSource();
        Task? background = null;
        using var session = Some.InlineSession();
        var page = new ScriptPage(ui =>
        {
            ui.Text("page");
            background ??= Task.Run(async () =>
            {
                await later.Task;
                ui.Text("written after the run ended");
            });
        });
        await session.NavigateAsync(page, "/");

        later.SetResult();
        var error = await Record.ExceptionAsync(() => background!);

        Assert.Contains("has ended", Assert.IsType<InvalidOperationException>(error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkOfAnEarlierRunNeverWritesIntoTheRunInFlight()
    {
        var later = new TaskCompletionSource();
        Task? background = null;
        using var session = Some.BackgroundSession();
        using var log = new TreeLog(session);
        var page = new ScriptPage(ui =>
        {
            if (ui.Button("Go"))
            {
                _checkpoint.Pass();
            }

            background ??= Task.Run(async () =>
            {
                await later.Task;
                ui.Text("stale");
                ui.Checkbox("stale widget");
            });
            ui.Text("page");
        });
        await Wait.ForAsync(session.NavigateAsync(page, "/"), "the first run");
        session.Trigger(Some.Widget<ButtonElement>(session.Tree, "Go").WidgetId);
        await _checkpoint.ArrivedAsync();

        later.SetResult();
        var error = await Record.ExceptionAsync(() => background!);
        _checkpoint.Release();
        await log.UntilCompletedAsync(2);

        Assert.IsType<InvalidOperationException>(error);
        Assert.Equal(["page"], Some.Texts(session.Tree));
        Assert.DoesNotContain(Some.Flatten(session.Tree.Main), e => e is CheckboxElement);
    }

    [Fact]
    public async Task WorkThatTheRunAwaitsMayUseTheUi()
    {
        using var session = Some.InlineSession();
        var page = new ScriptPage(async (ui, ct) =>
        {
            await Task.Run(() => ui.Text("from the thread pool"), ct);
            ui.Text("after");
        });

        await session.NavigateAsync(page, "/");

        Assert.Equal(["from the thread pool", "after"], Some.Texts(session.Tree));
    }
}
