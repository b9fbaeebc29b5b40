namespace DataApps.Core.Tests.Support;

/// <summary>
/// A place in a page where the page stops until the test lets it go, and which tells the test when the
/// page has got there. It replaces sleeps: the test decides the order of events.
/// </summary>
internal sealed class Checkpoint : IDisposable
{
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly SemaphoreSlim _released = new(0);

    /// <summary>How many times the page has arrived here.</summary>
    public int Arrivals { get; private set; }

    /// <summary>Waits here cooperatively: a cancelled run leaves at once with an <see cref="OperationCanceledException"/>.</summary>
    public async Task PassAsync(CancellationToken ct)
    {
        Arrivals++;
        _arrived.Release();
        await _released.WaitAsync(ct);
    }

    /// <summary>Waits here without looking at cancellation, like a long computation that does not take a token.</summary>
    public void Pass()
    {
        Arrivals++;
        _arrived.Release();
        _released.Wait(Wait.Guard);
    }

    /// <summary>Waits until the page has arrived (once more).</summary>
    public Task ArrivedAsync() => Wait.ForAsync(_arrived, "the page to reach the checkpoint");

    /// <summary>Lets the page go on (once).</summary>
    public void Release() => _released.Release();

    public void Dispose()
    {
        _arrived.Dispose();
        _released.Dispose();
    }
}
