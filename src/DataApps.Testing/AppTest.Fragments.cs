namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>The fragments of the last run, in document order.</summary>
    public IReadOnlyList<FragmentElement> Fragments => Get<FragmentElement>();

    /// <summary>The dialog the last run left open, or <c>null</c>.</summary>
    public DialogElement? Dialog => Get<DialogElement>().SingleOrDefault();

    /// <summary>
    /// Reruns every fragment that has <c>runEvery</c>, once, as if its timer fired: the page itself does not run. A test's
    /// session has no real fragment timers, so a test decides when time passes.
    /// </summary>
    /// <returns>This test, for chaining.</returns>
    public async Task<AppTest> TickAsync()
    {
        if (_session.RequestTimedFragmentRuns() == 0)
        {
            return this;
        }

        await Task.Run(_session.RunPendingAsync).WaitAsync(Timeout).ConfigureAwait(false);
        return this;
    }
}
