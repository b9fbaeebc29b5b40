using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DataApps.Hosting.Operations;

/// <summary>
/// The one connection to the Redis server <c>DataApps:Redis</c> names, shared by the data-protection keys
/// (<see cref="SharedKeyRepository"/>), the sign-out record (DataApps.Auth) and readiness.
/// </summary>
/// <remarks>
/// Note [Redis is optional at run time]: Redis lets replicas share what one of them wrote; it is not needed to serve a page.
/// So nothing waits for it long: the first connection attempt is bounded by <c>DataApps:Operations:RedisTimeout</c>, commands
/// fail at once while the connection is down (no backlog), and every user of <see cref="Database"/> keeps a local record that
/// it writes through when the connection comes back (<see cref="Connected"/>). The client reconnects in the background. An
/// outage is logged once, as a Warning, and its end once, as Information.
/// </remarks>
internal sealed partial class RedisConnection : IDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;
    private int _down;

    public RedisConnection(string configuration, TimeSpan timeout, ILogger<RedisConnection> logger)
    {
        _options = ConfigurationOptions.Parse(configuration);
        var milliseconds = (int)Math.Clamp(timeout.TotalMilliseconds, 100, int.MaxValue);
        _options.AbortOnConnectFail = false;
        _options.ConnectTimeout = milliseconds;
        _options.SyncTimeout = milliseconds;
        _options.AsyncTimeout = milliseconds;
        _options.ConnectRetry = 1;
        _options.BacklogPolicy = BacklogPolicy.FailFast;
        _options.ReconnectRetryPolicy = new LinearRetry(1000);
        _timeout = timeout;
        _logger = logger;
        Endpoint = string.Join(", ", _options.EndPoints.Select(EndPointCollection.ToString));
        _multiplexer = new(ConnectAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The server's address, for messages (never the password).</summary>
    public string Endpoint { get; }

    /// <summary>Raised when the connection is restored after an outage, so local records can be written through.</summary>
    public event Action<IDatabase>? Connected;

    /// <summary>The database while the connection is up, else null. The first call starts connecting and waits for that attempt (bounded by the timeout).</summary>
    public IDatabase? Database
    {
        get
        {
            var connecting = _multiplexer.Value;
            if (!connecting.IsCompleted)
            {
                ((IAsyncResult)connecting).AsyncWaitHandle.WaitOne(_timeout + _timeout);
            }

            if (connecting.Exception is { } failed)
            {
                Failed(failed.InnerException ?? failed);
            }

            return connecting.IsCompletedSuccessfully && connecting.Result.IsConnected ? connecting.Result.GetDatabase() : null;
        }
    }

    /// <summary>Whether the connection is up now (without waiting for it).</summary>
    public bool IsConnected => _multiplexer.IsValueCreated && _multiplexer.Value is { IsCompletedSuccessfully: true, Result.IsConnected: true };

    /// <summary>Starts connecting in the background (at app start, so the first request finds the connection made).</summary>
    public void Start() => _ = _multiplexer.Value;

    /// <summary>Tells the connection that a command failed: logs the outage (once) and lets the caller go on with its local record.</summary>
    public void Failed(Exception exception)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            Log.Down(_logger, Endpoint, exception.Message, exception);
        }
    }

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully)
        {
            _multiplexer.Value.Result.Dispose();
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_options).ConfigureAwait(false);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                Failed(e.Exception ?? new RedisConnectionException(e.FailureType, e.FailureType.ToString()));
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                Restored(multiplexer);
            }
        };
        if (!multiplexer.IsConnected)
        {
            Failed(new RedisConnectionException(ConnectionFailureType.UnableToConnect, $"no answer within {_timeout.TotalMilliseconds:0} ms"));
        }

        return multiplexer;
    }

    private void Restored(ConnectionMultiplexer multiplexer)
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            Log.Up(_logger, Endpoint);
        }

        try
        {
            Connected?.Invoke(multiplexer.GetDatabase());
        }
        catch (RedisException e)
        {
            Failed(e);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "RedisDown", Level = LogLevel.Warning,
            Message = "Redis at {Endpoint} cannot be reached ({Reason}): this replica keeps data-protection keys and sign-outs locally and writes them to Redis when it answers again; other replicas do not see them meanwhile.")]
        public static partial void Down(ILogger logger, string endpoint, string reason, Exception exception);

        [LoggerMessage(EventId = 2, EventName = "RedisUp", Level = LogLevel.Information, Message = "Redis at {Endpoint} answers again: local keys and sign-outs are written to it.")]
        public static partial void Up(ILogger logger, string endpoint);
    }
}
