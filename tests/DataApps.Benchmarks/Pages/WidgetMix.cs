namespace DataApps.Benchmarks.Pages;

/// <summary>
/// The generated pages every benchmark measures: a realistic mix of widgets, in blocks of ten
/// (3 sliders, 2 checkboxes, 2 select boxes, 2 text inputs, 1 button), a text after each block
/// that depends on the block's first slider and its button, and a title and a markdown paragraph on top.
/// </summary>
internal static class WidgetMix
{
    private static readonly string[] Species = ["Adelie", "Chinstrap", "Gentoo"];
    private static readonly string[] Islands = ["Biscoe", "Dream", "Torgersen", "Anvers", "Palmer"];

    /// <summary>The 20 / 100 / 1,000-widget page of the rerun and wire benchmarks.</summary>
    public static void Page(Ui ui, int widgets)
    {
        ui.Title($"{widgets} widgets");
        ui.Markdown("A generated page: **sliders**, checkboxes, select boxes, text inputs and buttons, with a few texts.");
        Widgets(ui, widgets, first: 0);
    }

    /// <summary>
    /// The 20-widget page of the latency and memory benchmarks: a button whose click changes a text
    /// (<c>Clicks: N</c>), then 19 more widgets of the mix.
    /// </summary>
    public static void ClickPage(Ui ui)
    {
        ui.Title("Click latency");
        var clicks = ui.State.GetOrAdd("clicks", 0);
        if (ui.Button("Click me", primary: true, key: "click"))
        {
            clicks++;
            ui.State["clicks"] = clicks;
        }

        ui.Text($"Clicks: {clicks}");
        Widgets(ui, 19, first: 1);
    }

    /// <summary>Emits <paramref name="count"/> widgets of the mix, numbered from <paramref name="first"/>.</summary>
    public static void Widgets(Ui ui, int count, int first)
    {
        double blockSlider = 0;
        for (var i = first; i < first + count; i++)
        {
            switch (i % 10)
            {
                case 0:
                    blockSlider = ui.Slider($"Slider {i}", 0, 100, 50);
                    break;
                case 1:
                case 2:
                    ui.Slider($"Slider {i}", 0.0, 1.0, 0.5);
                    break;
                case 3:
                case 4:
                    ui.Checkbox($"Checkbox {i}", value: i % 2 == 0);
                    break;
                case 5:
                    ui.SelectBox($"Species {i}", Species);
                    break;
                case 6:
                    ui.SelectBox($"Island {i}", Islands, index: 2);
                    break;
                case 7:
                case 8:
                    ui.TextInput($"Text {i}", value: "penguins", placeholder: "Type here");
                    break;
                default:
                    // A click counts, so a click changes one text, as a real button's action would.
                    var clicks = ui.State.GetOrAdd($"clicks {i}", 0);
                    if (ui.Button($"Button {i}"))
                    {
                        ui.State[$"clicks {i}"] = ++clicks;
                    }

                    ui.Text($"Block {i / 10}: slider = {blockSlider}, clicks = {clicks}");
                    break;
            }
        }
    }
}
