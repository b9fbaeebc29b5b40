namespace DataApps;

/// <summary>A convenience base for pages whose body is a synchronous script.</summary>
/// <example>
/// <code>
/// [Page("/")]
/// public sealed class Hello : DataPage
/// {
///     protected override void Run(Ui ui) => ui.Title("Hello");
/// }
/// </code>
/// </example>
public abstract class DataPage : IDataPage
{
    /// <summary>The page body; override it to write the page like a script.</summary>
    /// <param name="ui">The cursor into the page's main area.</param>
    protected virtual void Run(Ui ui)
    {
    }

    /// <summary>Runs <see cref="Run(Ui)"/>; override it instead for a page that awaits.</summary>
    /// <param name="ui">The cursor into the page's main area.</param>
    /// <param name="ct">Cancelled when a newer interaction supersedes this run.</param>
    public virtual Task RunAsync(Ui ui, CancellationToken ct)
    {
        Run(ui);
        return Task.CompletedTask;
    }
}
