namespace DataApps.Core.Tests.Support;

/// <summary>A page whose body is a lambda, so a test can say what the page does next to what it checks.</summary>
internal sealed class ScriptPage(Func<Ui, CancellationToken, Task> body) : IDataPage
{
    public ScriptPage(Action<Ui> body)
        : this((ui, _) =>
        {
            body(ui);
            return Task.CompletedTask;
        })
    {
    }

    public Task RunAsync(Ui ui, CancellationToken ct) => body(ui, ct);
}
