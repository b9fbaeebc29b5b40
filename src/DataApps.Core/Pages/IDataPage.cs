namespace DataApps;

/// <summary>The only contract the runtime knows: a page that writes its output through a <see cref="Ui"/> each time it runs.</summary>
/// <remarks>The runtime calls <see cref="RunAsync"/> from the top on every interaction. Pages are created per session through DI.</remarks>
public interface IDataPage
{
    /// <summary>Runs the page once, top to bottom, writing elements and reading widget values through <paramref name="ui"/>.</summary>
    /// <param name="ui">The cursor into the page's main area.</param>
    /// <param name="ct">Cancelled when a newer interaction supersedes this run.</param>
    Task RunAsync(Ui ui, CancellationToken ct);
}
