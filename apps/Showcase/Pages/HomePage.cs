using DataApps;

namespace Showcase.Pages;

/// <summary>What DataApps is, a live example of the script model, and the way to every other page.</summary>
[Page("/", Title = "Home", Icon = "home", Order = 0)]
public sealed class HomePage : DataPage
{
    private const string Sample = """
        [Page("/", Title = "Home")]
        public sealed class HomePage : DataPage
        {
            protected override void Run(Ui ui)
            {
                var n = ui.Slider("n", 1, 100, 10);   // a widget returns its current value
                ui.Text($"n² = {n * n}");
                if (ui.Button("Celebrate"))          // true only in the run the click caused
                {
                    ui.Success("🎉 Clicked!");
                }
            }
        }
        """;

    protected override void Run(Ui ui)
    {
        ui.Title("DataApps Showcase");
        ui.Markdown("""
            **DataApps** turns a C# method into a web app. A page is a class whose `Run(Ui ui)` reads
            like a script, top to bottom. Each time you touch a widget, the framework stores its new
            value and **runs the page again**; only what changed is sent to the browser.
            """);

        ui.Header("Try it");
        var n = ui.Slider("n", 1, 100, 10);
        ui.Text($"n² = {n * n}");
        if (ui.Button("Celebrate"))
        {
            ui.Success("🎉 Clicked!");
        }

        ui.Header("How a page works");
        ui.Markdown("This is all the code behind the example above:");
        ui.Code(Sample, "csharp");
        ui.Markdown("""
            - A widget verb (`ui.Slider`, `ui.Checkbox`, …) draws the widget **and returns its value**.
            - A button returns `true` in the one run its click caused, so `if (ui.Button(…))` reads naturally.
            - There are no event handlers and no bindings: the whole page reruns, and the script decides what to show.
            """);

        ui.Header("Explore");
        ui.Markdown("""
            - [Widgets](widgets): every input widget, with its value shown live beside it.
            - [More widgets](more-widgets): option sliders, dates and times, a colour picker, pills, segmented controls, feedback and link buttons.
            - [Empty values](empty-values): widgets that start empty and return null until chosen, and a multi-select with a limit.
            - [Layout](layout): the sidebar, columns, tabs, expanders, containers and placeholders.
            - [State](state): values that survive reruns, callbacks, widgets moved from code, and animation.
            - [Media](media): images, audio and video served to this session only; a camera snapshot and a microphone recording.
            - [Errors](errors): what you see when a page throws, or when a widget is used the wrong way.
            - [Editor](editor): edit a frame by hand in a table; the script gets the edited frame.
            - [Caching](caching): slow work done once for every session, shared resources, clearing.
            - [DataFrame](dataframe): a million-row grid with sort, filters, search, column types and selection.
            - [Upload](upload): upload a CSV, see its column types and statistics, filter it and download it.
            - [Charts](charts): every chart kind, a million-point line that stays responsive, and selections that reach the script.
            - [Forms](forms): fields that change nothing until the submit button, then arrive in one run.
            - [Fragments](fragments): parts of a page that rerun on their own, on an interaction inside them or on a timer.
            - [Dialogs](dialogs): a modal that reruns on its own and closes without a run, and a popover of settings.
            - [Status](status): a progress bar, a box of steps, a spinner and a toast while a run works.
            - [Chat](chat): chat messages, the input at the bottom, and an answer streamed word by word.
            - [Metrics and health](operations): the app's own metrics from a script, and where logs, metrics and health are.
            - [Loan](loan): a loan calculator that is also an HTTP API (`POST /api/pages/loan`), and its [approval](loan/approval) for analysts.
            - [Navigation](navigation): links to pages, switching pages from code, query parameters in the URL, layouts.
            - [Rating](components/rating): a star rating from the DataApps.Components.Rating library, a custom widget registered in one line.
            - [Canvas](components/canvas): a drawing canvas from a JS component library; the script gets the strokes and a PNG.
            - [Image annotator](components/image-annotator): a labeling tool; correct a model's boxes on an image, and the script counts them per label.
            - [Sign-in](sign-in): who the user is, sign-in and sign-out, and pages and buttons by role ([Members](sign-in/members), [Operations](sign-in/ops), [Analysis](sign-in/analysis)).
            """);
    }
}
