using DataApps;

namespace Showcase.Pages;

/// <summary>Dialogs and popovers: a modal that reruns on its own, and a floating panel of settings.</summary>
[Page("/dialogs", Title = "Dialogs", Icon = "open_in_new", Section = "Control flow", Order = 70)]
public sealed class DialogsPage : DataPage
{
    private static readonly string[] Models = ["Linear", "Forest", "Boosted"];

    protected override void Run(Ui ui)
    {
        ui.Title("Dialogs and popovers");
        ui.Markdown("""
            `ui.Dialog(title, d => …)` opens a modal while the page keeps writing it. Widgets inside it rerun
            only the dialog; closing it (×, Escape, a click outside) runs nothing. `d.Rerun()` after handling
            the dialog reruns the page, which no longer writes it, so it closes.
            """);

        var (left, right) = ui.Columns(2);
        var first = left.Button($"Vote for {Models[0]}");
        var second = right.Button($"Vote for {Models[1]}");
        var clicked = first ? Models[0] : second ? Models[1] : null;
        if (clicked is not null)
        {
            Vote(ui, clicked); // written only in the run of the click, as in Streamlit: any later run of the page closes it
        }

        ui.Text(ui.State.Get<string?>("vote") is { } vote ? $"Your vote: {vote}" : "No vote yet.");

        ui.Header("Popover", divider: true);
        ui.Markdown("`ui.Popover(label)` is a container behind a button: its widgets rerun the page as anywhere else.");
        var settings = ui.Popover("Chart settings");
        var model = settings.Radio("Model", Models);
        var points = (int)settings.Slider("Points", 10, 100, 30);
        ui.Text($"Model {model}, {points} points");
    }

    private static void Vote(Ui ui, string choice) => ui.Dialog($"Vote for {choice}", d =>
    {
        var reason = d.TextInput("Because…");
        d.Caption(reason.Length == 0 ? "Say why." : $"{reason.Length} characters");
        if (d.Button("Submit", primary: true))
        {
            d.State["vote"] = $"{choice}, because {(reason.Length == 0 ? "why not" : reason)}";
            d.Rerun();
        }
    }, width: DialogWidth.Small);
}
