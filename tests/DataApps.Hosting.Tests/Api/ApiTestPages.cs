using DataApps.Api;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Api;

/// <summary>Pages the API tests call beside the Showcase's own: one that throws, one over its budget, one that waits for its caller, one with labels.</summary>
internal static class ApiTestPages
{
    /// <summary>Completes when a run of <c>/api-test/wait</c> saw its cancellation (the caller went away).</summary>
    public static TaskCompletionSource WaitCancelled { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a run of <c>/api-test/wait</c> has started.</summary>
    public static TaskCompletionSource WaitStarted { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void ResetWait()
    {
        WaitCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        WaitStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public static void Add(IServiceCollection services) => services.AddDataApps()
        .AddPage<UnbuildablePage>()
        .AddPage("/api-test/throws", ui =>
        {
            ui.Title("Before the failure");
            if (ui.Checkbox("Fail", value: true, key: "fail"))
            {
                throw new InvalidOperationException("secret connection string xyz");
            }

            ui.Text("No failure");
            return Task.CompletedTask;
        }, api: true)
        .AddPage(new PageDescriptor("/api-test/slow", "Slow", null, null, 0, typeof(LambdaPage))
        {
            Api = true,
            RunTimeout = TimeSpan.FromMilliseconds(300),
            Factory = _ => new LambdaPage(async ui =>
            {
                ui.Title("Slow");
                await Task.Delay(TimeSpan.FromSeconds(30), ui.CancellationToken);
            }),
        })
        .AddPage("/api-test/wait", async ui =>
        {
            ui.Title("Waiting");
            if (ui.Button("Go", key: "go"))
            {
                WaitStarted.TrySetResult();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), ui.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    WaitCancelled.TrySetResult();
                    throw;
                }
            }
        }, api: true)
        .AddPage("/api-test/closed", ui =>
        {
            ui.Title("Not an API page");
            return Task.CompletedTask;
        })
        .AddPage("/api-test/rounds", ui =>
        {
            var model = ui.SelectBox("Model", ["Linear", "Forest"], key: "model");
            if (model == "Forest")
            {
                var trees = ui.Slider("Trees", 1, 500, 100, key: "trees");
                ui.Text($"Forest of {trees}");
            }

            var name = ui.TextInput("Name", maxChars: 10); // no key: reachable by its label
            ui.NumberInput("Twice", 1.0);
            ui.NumberInput("Twice", 2.0, key: "twice-2");
            ui.Checkbox("Locked", disabled: true, key: "locked");
            ui.MultiSelect("Tags", ["a", "b", "c"], key: "tags");
            ui.RangeSlider("Window", 0.0, 10.0, (2.0, 8.0), key: "window");
            ui.DateInput("Day", new DateOnly(2026, 1, 1), key: "day");
            ui.FileUploader("Data", key: "file");
            ui.Text($"Hello {name}");
            return Task.CompletedTask;
        }, api: true);
}

/// <summary>A service nobody registers.</summary>
internal interface IUnregisteredService;

/// <summary>An API page whose constructor needs <see cref="IUnregisteredService"/>.</summary>
[Page("/api-test/unbuildable", Api = true)]
internal sealed class UnbuildablePage(IUnregisteredService service) : DataPage
{
    protected override void Run(Ui ui) => ui.Text(service.ToString() ?? "");
}
