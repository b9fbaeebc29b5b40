using DataApps;

namespace Showcase.Pages;

/// <summary>Values that survive reruns, callbacks, widgets moved from code, and an animation in an async page.</summary>
[Page("/state", Title = "State", Icon = "memory", Section = "Basics", Order = 30)]
public sealed class StatePage : DataPage
{
    // An async page overrides RunAsync instead of Run; ct is cancelled when a newer interaction supersedes the run.
    public override async Task RunAsync(Ui ui, CancellationToken ct)
    {
        ui.Title("State");
        ui.Markdown("""
            The page runs from the top on every interaction, so local variables start over each time.
            `ui.State` is the session's dictionary that **survives reruns**.
            """);

        Counter(ui);
        Callback(ui);
        MovedFromCode(ui);
        await AnimationAsync(ui, ct);
    }

    private static void Counter(Ui ui)
    {
        ui.Header("A counter", divider: true);
        var count = ui.State.GetOrAdd("count", 0);
        if (ui.Button("+1"))
        {
            count++;
            ui.State["count"] = count;
        }

        ui.Text($"Count: {count}");
    }

    private static void Callback(Ui ui)
    {
        ui.Header("Callbacks", divider: true);
        ui.Markdown("""
            `onChange:` runs **before** the page body, in the run the change caused. A keyed widget's
            new value is already in `ui.State[key]` there.
            """);
        ui.SelectBox("Colour", ["Red", "Green", "Blue"], key: "colour", onChange: () =>
        {
            var seen = ui.State.GetOrAdd("colours-seen", () => new List<string>());
            seen.Add($"{ui.State["colour"]}");
        });
        var history = ui.State.GetOrAdd("colours-seen", () => new List<string>());
        ui.Text($"The callback saw: {(history.Count == 0 ? "nothing yet" : string.Join(" → ", history))}");
    }

    private static void MovedFromCode(Ui ui)
    {
        ui.Header("Moving a widget from code", divider: true);
        ui.Markdown("""
            Setting a keyed widget's value in `ui.State` moves the widget. Do it before the widget is
            drawn in the run (as here), or in an `onChange` callback; after it, the run fails. The
            start value comes from `ui.State` too, so the slider has no default of its own to
            contradict it.
            """);
        ui.State.GetOrAdd("volume", 50);
        if (ui.Button("Reset"))
        {
            ui.State["volume"] = 50;
        }

        var volume = ui.Slider("Volume", 0, 100, key: "volume");
        ui.Text($"Volume: {volume}");
    }

    private static async Task AnimationAsync(Ui ui, CancellationToken ct)
    {
        ui.Header("Animation", divider: true);
        ui.Markdown("`ui.Empty()` holds one element; an async page writes frames into it and awaits between them.");
        var frame = ui.Empty();
        frame.Text(Bar(0));
        if (ui.Button("Animate"))
        {
            for (var percent = 5; percent <= 100; percent += 5)
            {
                await Task.Delay(50, ct);
                frame.Text(Bar(percent));
            }
        }
    }

    // A text progress bar: "█████░░░░░░░░░░░░░░░ 25 %".
    private static string Bar(int percent) => $"{new string('█', percent / 5)}{new string('░', 20 - (percent / 5))} {percent} %";
}
