using DataApps;

namespace Showcase.Pages;

/// <summary>Progress bars, spinners, status boxes and toasts while a run works.</summary>
[Page("/status", Title = "Status", Icon = "hourglass_top", Section = "Control flow", Order = 80)]
public sealed class StatusPage : DataPage
{
    public override async Task RunAsync(Ui ui, CancellationToken ct)
    {
        ui.Title("Status");
        ui.Markdown("""
            Long work shows where it is: `ui.Progress` returns a bar the run moves, `ui.Spinner` shows while its
            `using` scope lasts, `ui.Status` is a box of steps that turns complete (or red), and `ui.Toast` pops
            up a message that goes away by itself. The page's output is sent while the run goes on.
            """);

        if (!ui.Button("Train the model", primary: true))
        {
            ui.Caption("Press the button: the run takes about two seconds.");
            return;
        }

        var bar = ui.Progress(0, "Preparing…");
        using (var status = ui.Status("Training", expanded: true))
        {
            for (var epoch = 1; epoch <= 5; epoch++)
            {
                await Task.Delay(200, ct);
                status.Ui.Text($"Epoch {epoch}: loss {1.0 / (epoch + 1):0.000}");
                bar.Update(epoch * 20, $"Epoch {epoch}/5");
            }

            status.Update("Training complete");
        }

        using (ui.Spinner("Evaluating…"))
        {
            await Task.Delay(400, ct);
        }

        ui.Success("Accuracy 0.93");
        ui.Toast("Model trained", icon: "check_circle");
    }
}
