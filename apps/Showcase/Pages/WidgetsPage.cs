using DataApps;

namespace Showcase.Pages;

/// <summary>Every input widget, each with the value it returns shown live beside it.</summary>
[Page("/widgets", Title = "Widgets", Icon = "tune", Section = "Basics", Order = 10)]
public sealed class WidgetsPage : DataPage
{
    // Options can be any type: choice widgets return the object, and format: decides what is shown.
    private sealed record Fruit(string Name, string Emoji);

    private static readonly Fruit[] Fruits = [new("Apple", "🍎"), new("Banana", "🍌"), new("Cherry", "🍒"), new("Grapes", "🍇")];

    protected override void Run(Ui ui)
    {
        ui.Title("Widgets");
        ui.Markdown("""
            Every widget verb draws the widget and **returns its current value**. Change any widget:
            the page runs again and the right-hand column shows what the script received.
            """);

        Clicks(ui);
        Choices(ui);
        Numbers(ui);
        TextFields(ui);
        KeyedAndDisabled(ui);
    }

    private static void Clicks(Ui ui)
    {
        ui.Header("Buttons and switches", divider: true);

        // Each row: the widget in a wide column (weight 3), the value it returned in a narrow one (weight 1).
        var (widget, value) = ui.Columns(3, 1);
        var clicked = widget.Button("Button", help: "True only in the run its click caused.");
        value.Text($"clicked = {clicked}");

        (widget, value) = ui.Columns(3, 1);
        var agree = widget.Checkbox("Checkbox", help: "A bool that stays as you leave it.");
        value.Text($"agree = {agree}");

        (widget, value) = ui.Columns(3, 1);
        var live = widget.Toggle("Toggle", value: true, help: "A bool too, drawn as a switch; this one starts on.");
        value.Text($"live = {live}");
    }

    private static void Choices(Ui ui)
    {
        ui.Header("Choices", divider: true);

        var (widget, value) = ui.Columns(3, 1);
        var size = widget.Radio("Radio", ["Small", "Medium", "Large"], index: 1, horizontal: true, help: "One of the options; starts at index 1.");
        value.Text($"size = {size}");

        (widget, value) = ui.Columns(3, 1);
        var city = widget.SelectBox("SelectBox", ["Lisbon", "Oslo", "Tokyo"], index: null, placeholder: "Pick a city",
            help: "index: null starts with nothing chosen, so the value can be null.");
        value.Text($"city = {city ?? "null"}");

        (widget, value) = ui.Columns(3, 1);
        var basket = widget.MultiSelect("MultiSelect", Fruits, defaults: [Fruits[0]], format: f => $"{f.Emoji} {f.Name}",
            help: "Options can be any objects; format: decides how each is shown.");
        value.Text($"basket = [{string.Join(", ", basket.Select(f => f.Name))}]");
    }

    private static void Numbers(Ui ui)
    {
        ui.Header("Numbers", divider: true);

        var (widget, value) = ui.Columns(3, 1);
        var volume = widget.Slider("Slider (int)", 0, 100, 25, help: "The number type follows the arguments: int here.");
        value.Text($"volume = {volume}");

        (widget, value) = ui.Columns(3, 1);
        var ratio = widget.Slider("Slider (double)", 0.0, 1.0, 0.5, step: 0.05, help: "double, in steps of 0.05.");
        value.Text($"ratio = {ratio:0.00}");

        (widget, value) = ui.Columns(3, 1);
        var (low, high) = widget.RangeSlider("RangeSlider", 0, 100, (20, 80), help: "Two thumbs; returns a (Low, High) tuple.");
        value.Text($"range = {low}..{high}");

        (widget, value) = ui.Columns(3, 1);
        var epochs = widget.NumberInput("NumberInput (int)", 10, min: 1, max: 500, help: "Whole numbers between 1 and 500.");
        value.Text($"epochs = {epochs}");

        (widget, value) = ui.Columns(3, 1);
        var rate = widget.NumberInput("NumberInput (double)", 0.001, min: 0.0, step: 0.001, help: "A double with no upper bound.");
        value.Text($"rate = {rate:0.###}");
    }

    private static void TextFields(Ui ui)
    {
        ui.Header("Text", divider: true);

        var (widget, value) = ui.Columns(3, 1);
        var name = widget.TextInput("TextInput", placeholder: "Your name", maxChars: 40, help: "One line, at most 40 characters.");
        value.Text($"name = \"{name}\"");

        (widget, value) = ui.Columns(3, 1);
        var notes = widget.TextArea("TextArea", placeholder: "Several lines…", lines: 3, help: "Several lines of text.");
        value.Text($"notes: {notes.Length} characters");
    }

    private static void KeyedAndDisabled(Ui ui)
    {
        ui.Header("Keys and disabled widgets", divider: true);

        ui.Markdown("A widget with a `key:` is also readable (and settable) through `ui.State[key]`:");
        ui.TextInput("Nickname", value: "Ada", key: "nickname", help: "Keyed: its value lives in ui.State[\"nickname\"].");
        ui.Text($"ui.State[\"nickname\"] = {ui.State["nickname"]}");

        ui.Markdown("A disabled widget is shown with its value but cannot be changed:");
        var locked = ui.Slider("Locked slider", 0, 10, 7, disabled: true, help: "disabled: true");
        ui.Button("Disabled button", disabled: true, help: "A click on it does nothing.");
        ui.Text($"locked = {locked}");
    }
}
