using System.Runtime.CompilerServices;
using DataApps.Caching;
using DataApps.Runtime;
using CallSite = DataApps.Caching.CallSite;

namespace DataApps;

public sealed partial class Ui
{
    private UiCache? _cache;

    /// <summary>Caches values and resources across reruns and sessions; see <see cref="UiCache"/>.</summary>
    /// <example><c>var df = ui.Cache.Data("penguins", () => repo.Load());</c></example>
    public UiCache Cache => _cache ??= new UiCache(this);

    internal PageRun CacheCheckpoint() => Checkpoint();

    internal void EmitHere(PageRun run, Element element) => _session.Emit(run, Block(run), element);

    internal void RetractHere(PageRun run, Element element) => _session.Retract(run, Block(run), element);
}

/// <summary>
/// The cache verbs (<c>ui.Cache</c>): a value is computed once per key and call site and then served to every session
/// (or, with <see cref="CacheScope.Session"/>, to this session) until its ttl passes, the call site's
/// <c>maxEntries</c> evicts it, or <see cref="Clear"/> is called.
/// </summary>
/// <remarks>
/// <para>The entry is found by what the value depends on. The argument form, <c>ui.Cache.Data(args, a =&gt; f(a))</c>,
/// hashes <c>args</c> by value (a tuple for several; DataFrames by content) and hands it to the factory, so a factory that
/// uses only its argument can never be served a value computed for other inputs. The key form,
/// <c>ui.Cache.Data(key, () =&gt; …)</c>, uses the string as given: everything the factory reads must be in it. The call
/// site (file, member, line) and the value type are added to either, so the same key at two places, or for two types,
/// names two entries.</para>
/// <para>Only one computation runs per key at a time: other sessions asking for it wait and get the same result. A
/// factory that throws is not cached and its exception reaches every page that waited. While it runs, the page shows a
/// spinner "Running …" at the call's place. A run superseded by a newer interaction stops waiting, but the computation
/// goes on for the next run (its token is cancelled only when every session waiting for it has ended).</para>
/// <para>A hit returns the very instance the factory made: no copy, no serialization. Treat cached data as immutable
/// (derive new frames instead of mutating a cached one): every session sees the same object.</para>
/// </remarks>
/// <example>
/// <code>
/// var sales = ui.Cache.Data((region, year), a => LoadSales(a.region, a.year), ttl: TimeSpan.FromMinutes(10));
/// var df = ui.Cache.Data("penguins", () => DataFrame.LoadCsv("penguins.csv"));
/// var model = ui.Cache.Resource("model", () => new Classifier("model.onnx"));
/// </code>
/// </example>
public sealed partial class UiCache
{
    private const int MaxSpinnerExpression = 80;

    private readonly Ui _ui;

    internal UiCache(Ui ui) => _ui = ui;

    /// <summary>Returns the cached value for <paramref name="key"/> at this call site, computing it once with <paramref name="factory"/>.</summary>
    /// <typeparam name="T">The value type, part of the key.</typeparam>
    /// <param name="key">What the value depends on; explicit and cheap, used as given.</param>
    /// <param name="factory">Computes the value on a miss (on the thread pool).</param>
    /// <param name="ttl">How long the value is served after it is computed; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many keys this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it computes; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The cached (or just computed) value; the same instance for every hit.</returns>
    /// <example><c>var df = ui.Cache.Data($"sales-{year}", () => LoadSales(year), ttl: TimeSpan.FromHours(1));</c></example>
    public T Data<T>(
        string key,
        Func<T> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0) =>
        Wait(Get(CacheKind.Data, key, new CacheFactory<T>(factory), ttl, maxEntries, scope, spinner, factoryExpression, new(CacheKind.Data, filePath, memberName, lineNumber, typeof(T))));

    /// <summary>Returns the cached value for <paramref name="key"/> at this call site, computing it once with an asynchronous <paramref name="factory"/>.</summary>
    /// <typeparam name="T">The value type, part of the key.</typeparam>
    /// <param name="key">What the value depends on; explicit and cheap, used as given.</param>
    /// <param name="factory">Computes the value on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the value is served after it is computed; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many keys this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it computes; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The cached (or just computed) value; a completed task on a hit.</returns>
    /// <example><c>var rows = await ui.Cache.DataAsync(query, ct => db.QueryAsync(query, ct));</c></example>
    [OverloadResolutionPriority(1)] // an async lambda fits both overloads; it becomes a Task
    public ValueTask<T> DataAsync<T>(
        string key,
        Func<CancellationToken, Task<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0) =>
        Get(CacheKind.Data, key, new CacheFactory<T>(factory), ttl, maxEntries, scope, spinner, factoryExpression, new(CacheKind.Data, filePath, memberName, lineNumber, typeof(T)));

    /// <summary>Returns the cached value for <paramref name="key"/> at this call site, computing it once with a <see cref="ValueTask{TResult}"/> factory.</summary>
    /// <typeparam name="T">The value type, part of the key.</typeparam>
    /// <param name="key">What the value depends on; explicit and cheap, used as given.</param>
    /// <param name="factory">Computes the value on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the value is served after it is computed; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many keys this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it computes; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The cached (or just computed) value; a completed task on a hit.</returns>
    /// <example><c>var stats = await ui.Cache.DataAsync("stats", ComputeStatsAsync);</c></example>
    public ValueTask<T> DataAsync<T>(
        string key,
        Func<CancellationToken, ValueTask<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0) =>
        Get(CacheKind.Data, key, new CacheFactory<T>(factory), ttl, maxEntries, scope, spinner, factoryExpression, new(CacheKind.Data, filePath, memberName, lineNumber, typeof(T)));

    /// <summary>Returns a shared resource (a model, a connection pool, a client) for <paramref name="key"/> at this call site, creating it once; it is never serialized.</summary>
    /// <typeparam name="T">The resource type, part of the key.</typeparam>
    /// <param name="key">What the resource depends on; explicit and cheap, used as given.</param>
    /// <param name="factory">Creates the resource on a miss (on the thread pool).</param>
    /// <param name="ttl">How long the resource is served after it is created; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many keys this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it is created; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The shared resource; the same instance for every session.</returns>
    /// <example><c>var model = ui.Cache.Resource("model", () => new Classifier("model.onnx"));</c></example>
    public T Resource<T>(
        string key,
        Func<T> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0) =>
        Wait(Get(CacheKind.Resource, key, new CacheFactory<T>(factory), ttl, maxEntries, scope, spinner, factoryExpression, new(CacheKind.Resource, filePath, memberName, lineNumber, typeof(T))));

    /// <summary>Returns a shared resource for <paramref name="key"/> at this call site, creating it once with an asynchronous <paramref name="factory"/>.</summary>
    /// <typeparam name="T">The resource type, part of the key.</typeparam>
    /// <param name="key">What the resource depends on; explicit and cheap, used as given.</param>
    /// <param name="factory">Creates the resource on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the resource is served after it is created; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many keys this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it is created; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The shared resource; a completed task on a hit.</returns>
    /// <example><c>var client = await ui.Cache.ResourceAsync("search", ct => SearchClient.ConnectAsync(url, ct));</c></example>
    [OverloadResolutionPriority(1)] // an async lambda fits both overloads; it becomes a Task
    public ValueTask<T> ResourceAsync<T>(
        string key,
        Func<CancellationToken, Task<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0) =>
        Get(CacheKind.Resource, key, new CacheFactory<T>(factory), ttl, maxEntries, scope, spinner, factoryExpression, new(CacheKind.Resource, filePath, memberName, lineNumber, typeof(T)));

    /// <summary>Returns a shared resource for <paramref name="key"/> at this call site, creating it once with a <see cref="ValueTask{TResult}"/> factory.</summary>
    /// <typeparam name="T">The resource type, part of the key.</typeparam>
    /// <param name="key">What the resource depends on; explicit and cheap, used as given.</param>
    /// <param name="factory">Creates the resource on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the resource is served after it is created; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many keys this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it is created; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The shared resource; a completed task on a hit.</returns>
    /// <example><c>var pool = await ui.Cache.ResourceAsync("pool", CreatePoolAsync);</c></example>
    public ValueTask<T> ResourceAsync<T>(
        string key,
        Func<CancellationToken, ValueTask<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0) =>
        Get(CacheKind.Resource, key, new CacheFactory<T>(factory), ttl, maxEntries, scope, spinner, factoryExpression, new(CacheKind.Resource, filePath, memberName, lineNumber, typeof(T)));

    /// <summary>Removes every cached value and resource of the app (all call sites, all sessions); the next calls compute again.</summary>
    /// <example><c>if (ui.Button("Clear cache")) ui.Cache.Clear();</c></example>
    public void Clear()
    {
        _ui.CacheCheckpoint();
        _ui.Session.Cache.Cache.Clear();
    }

    private static T Wait<T>(ValueTask<T> value) => value.IsCompletedSuccessfully ? value.Result : value.AsTask().GetAwaiter().GetResult();

    private ValueTask<T> Get<T>(
        CacheKind kind, string key, CacheFactory<T> factory, TimeSpan? ttl, int? maxEntries, CacheScope scope, string? spinner, string expression, CallSite where,
        string? shownKey = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ttl is { } t && t <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "A ttl must be positive; pass null to keep entries until they are cleared.");
        }

        if (maxEntries is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxEntries), maxEntries, "maxEntries must be at least 1; pass null for no limit.");
        }

        var run = _ui.CacheCheckpoint();
        var session = _ui.Session.Cache;
        var cache = session.Cache;
        var site = cache.Site(where);
        var tracker = scope == CacheScope.Session ? session.Tracker(site) : site.Global;
        var request = new CacheRequest(DataCache.KeyOf(site, scope == CacheScope.Session ? session.Id : 0, key), tracker, ttl, maxEntries);
        var pending = cache.GetOrCreateAsync(request, factory, session.Lifetime);
        return pending.IsCompletedSuccessfully
            ? new(pending.Result.Value)
            : AwaitAsync(pending, run, session, request, factory, SpinnerText(spinner, expression, shownKey ?? key, kind));
    }

    private async ValueTask<T> AwaitAsync<T>(
        ValueTask<CacheEntry<T>> pending, PageRun run, SessionCache session, CacheRequest request, CacheFactory<T> factory, string? spinnerText)
    {
        // Shown through the normal progressive publishing: only a computation that outlasts the first frame delay is seen.
        var spinner = spinnerText is null ? null : new SpinnerElement(spinnerText);
        if (spinner is not null)
        {
            _ui.EmitHere(run, spinner);
        }

        // onChange callbacks are not interrupted by newer interactions, so neither is their wait.
        var ct = run.InCallbacks ? CancellationToken.None : run.Token;
        try
        {
            try
            {
                return (await pending.AsTask().WaitAsync(ct).ConfigureAwait(false)).Value;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested && !session.Lifetime.IsCancellationRequested)
            {
                // The computation was cancelled because every session that waited for it had ended just as this one
                // joined it: compute again (once; a factory that itself throws OperationCanceledException fails then).
                pending = session.Cache.GetOrCreateAsync(request, factory, session.Lifetime);
                return (await pending.AsTask().WaitAsync(ct).ConfigureAwait(false)).Value;
            }
        }
        finally
        {
            if (spinner is not null)
            {
                _ui.RetractHere(run, spinner);
            }
        }
    }

    /// <summary>"Running LoadSales(year)…" from the factory's source, or the key when the source is long or a block.</summary>
    private static string? SpinnerText(string? spinner, string expression, string key, CacheKind kind)
    {
        if (spinner is not null)
        {
            return spinner.Length == 0 ? null : spinner;
        }

        var body = expression.Trim();
        var arrow = body.IndexOf("=>", StringComparison.Ordinal);
        if (arrow >= 0 && body.IndexOf('(', StringComparison.Ordinal) is var paren && (paren < 0 || paren > arrow || body.StartsWith('(') || body.StartsWith("async", StringComparison.Ordinal)))
        {
            body = body[(arrow + 2)..].Trim();
        }

        if (body.StartsWith("await ", StringComparison.Ordinal))
        {
            body = body["await ".Length..].Trim();
        }

        var what = body.Length is > 0 and <= MaxSpinnerExpression && !body.Contains('\n') && !body.StartsWith('{')
            ? body
            : (kind == CacheKind.Data ? "computing " : "creating ") + key;
        return $"Running {what}…";
    }
}
