using System.Globalization;
using System.Net;

namespace ModelServer.Load;

/// <summary>
/// The load generator's settings, bounded: at most <see cref="MaxRps"/> requests a second for at most <see cref="MaxSeconds"/>
/// seconds, and only to this machine (localhost, 127.0.0.1, ::1) so it cannot be pointed at someone else's service.
/// </summary>
internal sealed record LoadOptions(Uri Url, int Rps, int Seconds, double Drift, int Seed)
{
    public const int MaxRps = 500;
    public const int MaxSeconds = 3_600;
    public const string Usage =
        "usage: load [--url http://127.0.0.1:5002] [--rps 20 (1-500)] [--seconds 60 (1-3600)] [--drift 0 (0-1: share of shifted inputs)] [--seed 1]";

    public int Count => Rps * Seconds;

    /// <summary>Reads the command line; returns the options, or an error that names the bad argument.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var url = "http://127.0.0.1:5002";
        int rps = 20, seconds = 60, seed = 1;
        var drift = 0.0;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value. {Usage}");
            }

            var value = args[++i];
            var ok = name switch
            {
                "--url" => (url = value) is not null,
                "--rps" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out rps) && rps is >= 1 and <= MaxRps,
                "--seconds" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds is >= 1 and <= MaxSeconds,
                "--drift" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out drift) && drift is >= 0 and <= 1,
                "--seed" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                _ => false,
            };
            if (!ok)
            {
                return (null, $"{name} {value} is not allowed. {Usage}");
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return (null, $"--url {url} is not an http(s) URL. {Usage}");
        }

        if (!IsLoopback(uri))
        {
            return (null, $"--url {url}: the load generator only sends to this machine (localhost, 127.0.0.1 or ::1), not to {uri.Host}.");
        }

        return (new LoadOptions(uri, rps, seconds, drift, seed), null);
    }

    private static bool IsLoopback(Uri uri) =>
        string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));
}
