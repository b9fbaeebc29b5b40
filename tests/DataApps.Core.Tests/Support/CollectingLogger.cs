using Microsoft.Extensions.Logging;

namespace DataApps.Core.Tests.Support;

/// <summary>A logger that keeps what it is given, for tests that check what the server log says.</summary>
internal sealed class CollectingLogger : ILogger
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        lock (_lock)
        {
            _entries.Add(new Entry(logLevel, formatter(state, exception), exception, properties.ToDictionary(p => p.Key, p => p.Value)));
        }
    }

    public sealed record Entry(LogLevel Level, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Properties);
}
