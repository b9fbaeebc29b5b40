using DataApps;

namespace Showcase.Pages;

[Page("/errors", Title = "Errors", Icon = "error_outline", Section = "Basics", Order = 40)]
public sealed class ErrorsPage : DataPage
{
    protected override void Run(Ui ui)
    {
        ui.Title("Errors");
        ui.Markdown("An exception in a page is shown where it happened; the session keeps working.");
        if (ui.Button("Say hello"))
        {
            ui.Success("Hello!");
        }

        if (ui.Button("Raise an exception"))
        {
            throw new InvalidOperationException("Boom from the Errors page");
        }

        ui.Caption("The page continues below the buttons.");
    }
}
