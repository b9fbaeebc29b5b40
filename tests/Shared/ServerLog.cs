using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DataApps.Tests.Shared;

/// <summary>Collects what a hosted app logs at Warning and above, one line per event with its exception, so a test can read it or show the server's side of the story.</summary>
internal sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>How many lines have been logged so far (a test remembers it when it starts).</summary>
    public int Count => _lines.Count;

    /// <summary>Every line logged so far.</summary>
    public IEnumerable<string> Lines => _lines;

    /// <summary>The lines logged after the first <paramref name="skip"/>.</summary>
    public IEnumerable<string> Since(int skip) => _lines.Skip(skip);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var line = $"{logLevel} {category}: {formatter(state, exception)}";
                log._lines.Enqueue(exception is null ? line : line + Environment.NewLine + exception);
            }
        }
    }
}
