using System.Runtime.CompilerServices;
using DataApps.Caching;
using CallSite = DataApps.Caching.CallSite;

namespace DataApps;

// The argument form: the entry is keyed by the factory's arguments, hashed by value (Note [Argument keys]).
public sealed partial class UiCache
{
    /// <summary>
    /// Returns the cached value for <paramref name="args"/> at this call site, computing it once with <paramref name="factory"/>(args);
    /// the arguments are hashed by value, so different arguments get different values and equal ones share one.
    /// </summary>
    /// <typeparam name="TArgs">The arguments' type: a value, or a tuple for several.</typeparam>
    /// <typeparam name="T">The value type, part of the key.</typeparam>
    /// <param name="args">What the value depends on: strings, numbers, bools, enums, dates, records, tuples, anonymous objects, arrays, lists, DataFrames (by content), or an <see cref="ICacheKey"/>.</param>
    /// <param name="factory">Computes the value from the arguments on a miss (on the thread pool); use only what it is given.</param>
    /// <param name="ttl">How long the value is served after it is computed; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many argument sets this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it computes; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="argsExpression">Filled in by the compiler: the arguments' source, for messages.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The cached (or just computed) value; the same instance for every hit.</returns>
    /// <exception cref="ArgumentException">A part of <paramref name="args"/> cannot be hashed by value; the message names it.</exception>
    /// <example><c>var sales = ui.Cache.Data((region, year), a => LoadSales(a.region, a.year));</c></example>
    public T Data<TArgs, T>(
        TArgs args,
        Func<TArgs, T> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(args))] string argsExpression = "",
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Wait(Get(CacheKind.Data, ArgumentHasher.KeyOf(args, argsExpression), new CacheFactory<T>(() => factory(args)), ttl, maxEntries, scope, spinner,
            factoryExpression, new CallSite(CacheKind.Data, filePath, memberName, lineNumber, typeof(T)), argsExpression));
    }

    /// <summary>Returns the cached value for <paramref name="args"/> at this call site, computing it once with an asynchronous <paramref name="factory"/>.</summary>
    /// <typeparam name="TArgs">The arguments' type: a value, or a tuple for several.</typeparam>
    /// <typeparam name="T">The value type, part of the key.</typeparam>
    /// <param name="args">What the value depends on, hashed by value (see <see cref="Data{TArgs, T}"/>).</param>
    /// <param name="factory">Computes the value from the arguments on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the value is served after it is computed; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many argument sets this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it computes; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="argsExpression">Filled in by the compiler: the arguments' source, for messages.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The cached (or just computed) value; a completed task on a hit.</returns>
    /// <exception cref="ArgumentException">A part of <paramref name="args"/> cannot be hashed by value; the message names it.</exception>
    /// <example><c>var rows = await ui.Cache.DataAsync(query, (q, ct) => db.QueryAsync(q, ct));</c></example>
    [OverloadResolutionPriority(1)] // an async lambda fits both overloads; it becomes a Task
    public ValueTask<T> DataAsync<TArgs, T>(
        TArgs args,
        Func<TArgs, CancellationToken, Task<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(args))] string argsExpression = "",
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Get(CacheKind.Data, ArgumentHasher.KeyOf(args, argsExpression), new CacheFactory<T>(ct => factory(args, ct)), ttl, maxEntries, scope, spinner,
            factoryExpression, new CallSite(CacheKind.Data, filePath, memberName, lineNumber, typeof(T)), argsExpression);
    }

    /// <summary>Returns the cached value for <paramref name="args"/> at this call site, computing it once with a <see cref="ValueTask{TResult}"/> factory.</summary>
    /// <typeparam name="TArgs">The arguments' type: a value, or a tuple for several.</typeparam>
    /// <typeparam name="T">The value type, part of the key.</typeparam>
    /// <param name="args">What the value depends on, hashed by value (see <see cref="Data{TArgs, T}"/>).</param>
    /// <param name="factory">Computes the value from the arguments on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the value is served after it is computed; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many argument sets this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it computes; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="argsExpression">Filled in by the compiler: the arguments' source, for messages.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The cached (or just computed) value; a completed task on a hit.</returns>
    /// <exception cref="ArgumentException">A part of <paramref name="args"/> cannot be hashed by value; the message names it.</exception>
    /// <example><c>var stats = await ui.Cache.DataAsync((site, day), ComputeStatsAsync);</c></example>
    public ValueTask<T> DataAsync<TArgs, T>(
        TArgs args,
        Func<TArgs, CancellationToken, ValueTask<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(args))] string argsExpression = "",
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Get(CacheKind.Data, ArgumentHasher.KeyOf(args, argsExpression), new CacheFactory<T>(ct => factory(args, ct)), ttl, maxEntries, scope, spinner,
            factoryExpression, new CallSite(CacheKind.Data, filePath, memberName, lineNumber, typeof(T)), argsExpression);
    }

    /// <summary>Returns a shared resource for <paramref name="args"/> at this call site, creating it once with <paramref name="factory"/>(args); the arguments are hashed by value.</summary>
    /// <typeparam name="TArgs">The arguments' type: a value, or a tuple for several.</typeparam>
    /// <typeparam name="T">The resource type, part of the key.</typeparam>
    /// <param name="args">What the resource depends on, hashed by value (see <see cref="Data{TArgs, T}"/>).</param>
    /// <param name="factory">Creates the resource from the arguments on a miss (on the thread pool).</param>
    /// <param name="ttl">How long the resource is served after it is created; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many argument sets this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it is created; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="argsExpression">Filled in by the compiler: the arguments' source, for messages.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The shared resource; the same instance for every session.</returns>
    /// <exception cref="ArgumentException">A part of <paramref name="args"/> cannot be hashed by value; the message names it.</exception>
    /// <example><c>var model = ui.Cache.Resource(modelPath, path => new Classifier(path));</c></example>
    public T Resource<TArgs, T>(
        TArgs args,
        Func<TArgs, T> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(args))] string argsExpression = "",
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Wait(Get(CacheKind.Resource, ArgumentHasher.KeyOf(args, argsExpression), new CacheFactory<T>(() => factory(args)), ttl, maxEntries, scope, spinner,
            factoryExpression, new CallSite(CacheKind.Resource, filePath, memberName, lineNumber, typeof(T)), argsExpression));
    }

    /// <summary>Returns a shared resource for <paramref name="args"/> at this call site, creating it once with an asynchronous <paramref name="factory"/>.</summary>
    /// <typeparam name="TArgs">The arguments' type: a value, or a tuple for several.</typeparam>
    /// <typeparam name="T">The resource type, part of the key.</typeparam>
    /// <param name="args">What the resource depends on, hashed by value (see <see cref="Data{TArgs, T}"/>).</param>
    /// <param name="factory">Creates the resource from the arguments on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the resource is served after it is created; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many argument sets this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it is created; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="argsExpression">Filled in by the compiler: the arguments' source, for messages.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The shared resource; a completed task on a hit.</returns>
    /// <exception cref="ArgumentException">A part of <paramref name="args"/> cannot be hashed by value; the message names it.</exception>
    /// <example><c>var client = await ui.Cache.ResourceAsync(url, (u, ct) => SearchClient.ConnectAsync(u, ct));</c></example>
    [OverloadResolutionPriority(1)] // an async lambda fits both overloads; it becomes a Task
    public ValueTask<T> ResourceAsync<TArgs, T>(
        TArgs args,
        Func<TArgs, CancellationToken, Task<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(args))] string argsExpression = "",
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Get(CacheKind.Resource, ArgumentHasher.KeyOf(args, argsExpression), new CacheFactory<T>(ct => factory(args, ct)), ttl, maxEntries, scope, spinner,
            factoryExpression, new CallSite(CacheKind.Resource, filePath, memberName, lineNumber, typeof(T)), argsExpression);
    }

    /// <summary>Returns a shared resource for <paramref name="args"/> at this call site, creating it once with a <see cref="ValueTask{TResult}"/> factory.</summary>
    /// <typeparam name="TArgs">The arguments' type: a value, or a tuple for several.</typeparam>
    /// <typeparam name="T">The resource type, part of the key.</typeparam>
    /// <param name="args">What the resource depends on, hashed by value (see <see cref="Data{TArgs, T}"/>).</param>
    /// <param name="factory">Creates the resource from the arguments on a miss; its token is cancelled when no session waits for it any more.</param>
    /// <param name="ttl">How long the resource is served after it is created; <c>null</c> keeps it until cleared.</param>
    /// <param name="maxEntries">How many argument sets this call site keeps (per scope); the least recently used goes first.</param>
    /// <param name="scope">Shared by all sessions (default) or private to this session.</param>
    /// <param name="spinner">The spinner text while it is created; <c>null</c> for "Running &lt;factory&gt;…", <c>""</c> for none.</param>
    /// <param name="argsExpression">Filled in by the compiler: the arguments' source, for messages.</param>
    /// <param name="factoryExpression">Filled in by the compiler: the factory's source, for the spinner.</param>
    /// <param name="filePath">Filled in by the compiler: part of the key.</param>
    /// <param name="memberName">Filled in by the compiler: part of the key.</param>
    /// <param name="lineNumber">Filled in by the compiler: part of the key.</param>
    /// <returns>The shared resource; a completed task on a hit.</returns>
    /// <exception cref="ArgumentException">A part of <paramref name="args"/> cannot be hashed by value; the message names it.</exception>
    /// <example><c>var pool = await ui.Cache.ResourceAsync(connectionString, CreatePoolAsync);</c></example>
    public ValueTask<T> ResourceAsync<TArgs, T>(
        TArgs args,
        Func<TArgs, CancellationToken, ValueTask<T>> factory,
        TimeSpan? ttl = null,
        int? maxEntries = null,
        CacheScope scope = CacheScope.Global,
        string? spinner = null,
        [CallerArgumentExpression(nameof(args))] string argsExpression = "",
        [CallerArgumentExpression(nameof(factory))] string factoryExpression = "",
        [CallerFilePath] string filePath = "",
        [CallerMemberName] string memberName = "",
        [CallerLineNumber] int lineNumber = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Get(CacheKind.Resource, ArgumentHasher.KeyOf(args, argsExpression), new CacheFactory<T>(ct => factory(args, ct)), ttl, maxEntries, scope, spinner,
            factoryExpression, new CallSite(CacheKind.Resource, filePath, memberName, lineNumber, typeof(T)), argsExpression);
    }
}
