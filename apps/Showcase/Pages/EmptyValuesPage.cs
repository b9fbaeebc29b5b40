using System.Globalization;
using DataApps;

namespace Showcase.Pages;

/// <summary>Widgets that start empty and return <c>null</c> until the user chooses, and a multi-select with a limit, in the sidebar and the page.</summary>
[Page("/empty-values", Title = "Empty values", Icon = "check_box_outline_blank", Section = "Basics", Order = 16)]
public sealed class EmptyValuesPage : DataPage
{
    private static readonly string[] Islands = ["Biscoe", "Dream", "Torgersen"];

    private static readonly string[] Species = ["Adelie", "Chinstrap", "Gentoo"];

    protected override void Run(Ui ui)
    {
        ui.Title("Empty values");
        ui.Markdown("""
            As with Streamlit's `value=None` and `index=None`, these widgets start **empty** and return `null` until the
            user chooses; the select box can be cleared again with its ✕, the number and text boxes by emptying them.
            A multi-select with `maxSelections` stops at its limit.
            """);

        // The sidebar is narrow: long labels wrap at spaces, above their boxes.
        var side = ui.Sidebar;
        var island = side.SelectBox("Island where the penguins of this study were observed", Islands, index: null, placeholder: "Choose an island");
        var species = side.MultiSelect("Species to compare side by side", Species, maxSelections: 2, placeholder: "Up to two");
        var depth = side.NumberInput<double>("Minimum bill depth in millimetres", null, min: 0, max: 30, placeholder: "Any depth");
        var observer = side.TextInput("Observer's name as written in the log", value: null, placeholder: "Anyone");
        var since = side.DateInput("Observed on or after this date", value: null);

        ui.Header("Returned to the page", divider: true);
        ui.Text($"island = {island ?? "null"}");
        ui.Text($"species = [{string.Join(", ", species)}]");
        ui.Text($"depth = {(depth is { } d ? d.ToString(CultureInfo.InvariantCulture) : "null")}");
        ui.Text($"observer = {observer ?? "null"}");
        ui.Text($"since = {(since is { } s ? s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null")}");

        ui.Header("In the page", divider: true);
        var (left, right) = ui.Columns(1, 1);
        var size = left.Radio("Size", ["S", "M", "L"], index: null, horizontal: true);
        var colour = left.SelectBox("Colour of the leg band", ["Red", "Green", "Blue"], index: null, placeholder: "Choose a colour");
        var tags = right.MultiSelect("Tags", ["juvenile", "adult", "nesting", "moulting"], maxSelections: 3);
        var count = right.NumberInput<int>("Count", null, min: 0);
        var notes = right.TextInput("Notes", value: null);
        var seen = left.DateInput("Seen on", value: null);
        ui.Text($"size = {size ?? "null"}, colour = {colour ?? "null"}, tags = {tags.Count}, count = {(count?.ToString(CultureInfo.InvariantCulture) ?? "null")}, "
            + $"notes = {notes ?? "null"}, seen = {(seen is null ? "null" : "set")}");
    }
}
