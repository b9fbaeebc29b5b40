namespace DataApps;

/// <summary>A page whose body is a lambda (<c>DataApp.Run(args, ui => …)</c>, <c>AppTest.FromFunction</c>).</summary>
internal sealed class LambdaPage(Func<Ui, Task> body) : IDataPage
{
    public Task RunAsync(Ui ui, CancellationToken ct) => body(ui);
}
