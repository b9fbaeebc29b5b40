using DataApps.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    /// <summary>
    /// Opens the same page in a second session, as another user would: it has its own state but shares this test's
    /// <c>ui.Cache</c>, services and <see cref="FeedbackStore"/>, so tests can see one computation serve several sessions.
    /// </summary>
    /// <returns>A new test for the same page; dispose it as well.</returns>
    /// <example>
    /// <code>
    /// using var alice = AppTest.For&lt;SalesPage&gt;();
    /// using var bob = alice.NewSession();
    /// await Task.WhenAll(alice.RunAsync(), bob.RunAsync());
    /// </code>
    /// </example>
    public AppTest NewSession()
    {
        // A page class gets a new instance from the same services (which this test keeps owning); a lambda page is reused.
        var page = _services is null ? _page : (IDataPage)ActivatorUtilities.CreateInstance(_services, _page.GetType());
        return new(page, null, PageId, _cache, FeedbackStore) { Timeout = Timeout };
    }

    /// <summary>A cache shared by the tests of one page's sessions, disposed with the last of them.</summary>
    private sealed class CacheOwner(DataCache cache)
    {
        private int _users = 1;

        public DataCache Cache { get; } = cache;

        public CacheOwner Share()
        {
            Interlocked.Increment(ref _users);
            return this;
        }

        public void Release()
        {
            if (Interlocked.Decrement(ref _users) == 0)
            {
                Cache.Dispose();
            }
        }
    }
}
