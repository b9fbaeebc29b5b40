using System.Globalization;
using DataApps;

namespace Showcase.Pages;

/// <summary>What a user sees when a page throws or uses a widget the wrong way; the session keeps working.</summary>
[Page("/errors", Title = "Errors", Icon = "error_outline", Section = "Basics", Order = 40)]
public sealed class ErrorsPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Errors");
        ui.Markdown("An exception in a page is shown where it happened; the session keeps working.");

        Exceptions(ui);
        HandledException(ui);
        DuplicateWidgets(ui);
        WrongTypeInState(ui);
    }

    private static void Exceptions(Ui ui)
    {
        ui.Header("An exception in the page", divider: true);
        if (ui.Button("Say hello"))
        {
            ui.Success("Hello!");
        }

        if (ui.Button("Raise an exception"))
        {
            throw new InvalidOperationException("Boom from the Errors page");
        }

        ui.Caption("""
            The page continues below the buttons. When it throws, the run stops there: the error is shown in
            its place (with the stack trace in Development) and the rest of the page is not drawn. Click
            "Say hello" afterwards: the session still works.
            """);
    }

    private static void HandledException(Ui ui)
    {
        ui.Header("An exception you catch", divider: true);
        var input = ui.TextInput("A whole number", value: "21", help: "Type something that is not a number.");
        try
        {
            var number = int.Parse(input, CultureInfo.InvariantCulture);
            ui.Text($"Twice that is {number * 2}");
        }
        catch (FormatException ex)
        {
            // ui.Exception shows a caught exception the same way, and the page goes on.
            ui.Exception(ex);
        }
    }

    private static void DuplicateWidgets(Ui ui)
    {
        ui.Header("Two identical widgets", divider: true);
        ui.Markdown("""
            A widget's identity comes from its kind, label and parameters. Two widgets with the same
            identity in one run cannot be told apart, so the framework shows an error and suggests `key:`.
            """);
        if (ui.Checkbox("Show two identical sliders"))
        {
            ui.Slider("Speed", 0, 10, 5);
            ui.Slider("Speed", 0, 10, 5);
            ui.Markdown("The fix: give the second one its own key.");
            ui.Code("""ui.Slider("Speed", 0, 10, 5, key: "speed-2");""", "csharp");
        }
    }

    private static void WrongTypeInState(Ui ui)
    {
        ui.Header("A wrong type in state", divider: true);
        ui.Markdown("""
            A keyed widget's value can be set through `ui.State[key]`, but it must be the widget's type.
            An `int` slider given a string shows an error and goes back to its default.
            """);
        if (ui.Button("Store \"forty\" in ui.State[\"age\"]"))
        {
            ui.State["age"] = "forty";
        }

        var age = ui.Slider("Age", 0, 120, 30, key: "age");
        ui.Text($"Age: {age}");
    }
}
