using DataApps;

namespace Showcase.Pages;

/// <summary>Forms: widgets that change nothing until the submit button, then arrive in one run.</summary>
[Page("/forms", Title = "Forms", Icon = "dynamic_form", Section = "Control flow", Order = 50)]
public sealed class FormsPage : DataPage
{
    private static readonly string[] Sizes = ["S", "M", "L"];

    protected override void Run(Ui ui)
    {
        var runs = ui.State.GetOrAdd("runs", 0) + 1;
        ui.State["runs"] = runs;

        ui.Title("Forms");
        ui.Markdown("""
            Every widget reruns the page when it changes, which is too often when a user fills in several fields.
            Widgets inside `ui.Form(key)` keep their changes in the browser; **nothing runs until the form's
            submit button is pressed**, and then all of the values arrive in one run.
            """);
        ui.Caption($"This page has run {runs} times in this session.");

        Order(ui);
        Todos(ui);
    }

    private static void Order(Ui ui)
    {
        ui.Header("Place an order", divider: true);
        var form = ui.Form("order");
        var (left, right) = form.Columns(2);
        var quantity = (int)left.Slider("Quantity", 1, 10, 1);
        var size = right.SelectBox("Size", Sizes, index: 1);
        var note = form.TextInput("Note", placeholder: "Leave at the door");
        if (form.SubmitButton("Place order", primary: true))
        {
            ui.Success($"Ordered {quantity} × {size}" + (note.Length > 0 ? $": {note}" : "."));
        }
    }

    private static void Todos(Ui ui)
    {
        ui.Header("Add to a list", divider: true);
        ui.Markdown("`clearOnSubmit: true` empties the form after each submit; the run of the submit still sees the values.");
        var todos = ui.State.GetOrAdd("todos", () => new List<string>());
        ui.Form("todo", form =>
        {
            var item = form.TextInput("New item");
            if (form.SubmitButton("Add") && !string.IsNullOrWhiteSpace(item))
            {
                todos.Add(item.Trim());
            }
        }, clearOnSubmit: true);
        ui.Text(todos.Count == 0 ? "The list is empty." : "List: " + string.Join(", ", todos));
    }
}
