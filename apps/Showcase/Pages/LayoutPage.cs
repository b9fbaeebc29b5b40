using DataApps;

namespace Showcase.Pages;

/// <summary>Every container: each one is a child <see cref="Ui"/> that writes into its own place.</summary>
[Page("/layout", Title = "Layout", Icon = "dashboard", Section = "Basics", Order = 20)]
public sealed class LayoutPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Layout");
        ui.Markdown("""
            A container verb returns a child `Ui` (or takes a lambda) that writes into that place.
            There are no Begin/End pairs: you write into a container whenever you hold it.
            """);

        ui.Header("Container", divider: true);
        // A container shows where it was made, however late the script writes into it.
        var summary = ui.Container(border: true);
        ui.Caption("The box above was made here but filled at the very end of the script.");

        ui.Header("Sidebar", divider: true);
        ui.Markdown("`ui.Sidebar` is a `Ui` for the panel under the navigation; widgets work there too.");
        var unit = ui.Sidebar.Radio("Units", ["Metric", "Imperial"], help: "A widget in the sidebar.");
        ui.Sidebar.Caption("This radio lives in the sidebar.");
        ui.Text($"Units chosen in the sidebar: {unit}");

        ui.Header("Columns", divider: true);
        ui.Markdown("`ui.Columns(3)` makes equal columns; deconstruct them into named `Ui`s.");
        var (first, second, third) = ui.Columns(3);
        first.Subheader("One");
        first.Text("The first column.");
        second.Subheader("Two");
        second.Text("The second column.");
        third.Subheader("Three");
        third.Text("The third column.");

        ui.Markdown("`ui.Columns(2, 1)` takes relative widths: the main column is twice the side one.");
        var (main, side) = ui.Columns(2, 1);
        main.Markdown("**Main column** (weight 2): the place for a chart or a table.");
        side.Info("Side column (weight 1): notes and metrics.");

        ui.Header("Tabs", divider: true);
        var (intro, code, data) = ui.Tabs("Intro", "Code", "Data");
        intro.Markdown("Each tab is a `Ui`. All tabs are written in every run; the browser shows one at a time.");
        code.Code("var (intro, code, data) = ui.Tabs(\"Intro\", \"Code\", \"Data\");", "csharp");
        data.Json(new { unit, columns = 3, tabs = new[] { "Intro", "Code", "Data" } });

        ui.Header("Expanders", divider: true);
        var details = ui.Expander("Details (child Ui form)");
        details.Markdown("`var details = ui.Expander(\"Details\");` returns a `Ui`; write into it like any other.");
        details.Text("Collapsed until you open it.");
        ui.Expander("More (lambda form)", e =>
        {
            e.Markdown("`ui.Expander(\"More\", e => …)` writes the lambda's output inside.");
            e.Text("This one starts open.");
        }, expanded: true);

        ui.Header("Empty", divider: true);
        ui.Markdown("`ui.Empty()` holds **one** element: each write replaces the previous one. The State page animates with it.");
        var slot = ui.Empty();
        slot.Text("This text is written first…");
        slot.Success("…and replaced by this box: only the last write shows.");

        summary.Markdown("""
            **A bordered container, written last.** `var summary = ui.Container(border: true);` ran
            near the top of the page; `summary.Markdown(…)` is the last line of the script.
            """);
    }
}
