using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DataApps;

/// <summary>
/// Turns what went wrong calling a service — an exception or an unsuccessful response — into a short message a page can
/// show: "connection refused (127.0.0.1:5080)", "timed out after 2 s", "503 Service Unavailable", "circuit open …",
/// "bad response: …". <c>ServiceProbe</c> uses it for the "down · …" line of <c>ui.ServiceStatus</c>.
/// </summary>
/// <example>
/// <code>
/// try { prediction = await sentiment.PredictAsync(text, ct); }
/// catch (Exception ex) when (ServiceMessages.IsServiceFailure(ex)) { ui.Error($"The sentiment model failed: {ServiceMessages.Describe(ex)}"); }
/// </code>
/// </example>
public static partial class ServiceMessages
{
    /// <summary>Whether <paramref name="exception"/> is a failure of the call to a service (network, timeout, status, circuit, response body) rather than a bug in the page.</summary>
    /// <param name="exception">The exception caught around the call.</param>
    /// <returns><c>true</c> for what <see cref="Describe(Exception, TimeSpan?)"/> has a specific message for.</returns>
    /// <example><c>catch (Exception ex) when (ServiceMessages.IsServiceFailure(ex)) { ui.Error(ServiceMessages.Describe(ex)); }</c></example>
    public static bool IsServiceFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or JsonException
            || IsClientTimeout(exception);
    }

    /// <summary>A short message for an exception thrown while calling a service; the exception's own message for anything else.</summary>
    /// <param name="exception">The exception caught around the call.</param>
    /// <param name="timeout">The client's timeout, if known: "timed out after …" says it when the exception does not.</param>
    /// <returns>One line, without a stack trace.</returns>
    /// <example><c>ui.Error($"Scoring failed: {ServiceMessages.Describe(ex)}");</c></example>
    public static string Describe(Exception exception, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            // IsolatedCircuitException derives from it: an operator opened the circuit by hand.
            IsolatedCircuitException => "circuit open: calls to the service are switched off",
            BrokenCircuitException => "circuit open: the service failed repeatedly, so calls are paused for a while",
            TimeoutRejectedException rejected => $"timed out after {ServiceHealth.FormatLatency(rejected.Timeout)}",
            HttpRequestException request => Describe(request),
            JsonException json => $"bad response: not the JSON expected ({FirstSentence(json.Message)})",
            _ when IsClientTimeout(exception) => TimedOut(exception, timeout),
            _ => exception.Message,
        };
    }

    /// <summary>A short message for an unsuccessful response ("503 Service Unavailable"); <c>null</c> for a success.</summary>
    /// <param name="response">The service's response.</param>
    /// <returns>The status code and its reason, or <c>null</c> when the status is 2xx.</returns>
    /// <example><c>if (ServiceMessages.Describe(response) is { } failure) ui.Warning(failure);</c></example>
    public static string? Describe(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.IsSuccessStatusCode ? null : Status(response.StatusCode, response.ReasonPhrase);
    }

    private static string Describe(HttpRequestException exception)
    {
        if (exception.StatusCode is { } status)
        {
            return Status(status, null);
        }

        var where = Address(exception.Message);
        if (Find<SocketException>(exception) is { } socket)
        {
            return socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused" + where,
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found" + where,
                SocketError.TimedOut => "could not connect (timed out)" + where,
                SocketError.NetworkUnreachable or SocketError.HostUnreachable => "network unreachable" + where,
                _ => $"could not connect ({socket.SocketErrorCode})" + where,
            };
        }

        return exception.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "host not found" + where,
            HttpRequestError.ConnectionError => "could not connect" + where,
            HttpRequestError.SecureConnectionError => "TLS handshake failed" + where,
            HttpRequestError.ResponseEnded => "bad response: the service closed the connection before answering",
            HttpRequestError.InvalidResponse => "bad response: not valid HTTP",
            HttpRequestError.ConfigurationLimitExceeded => "bad response: larger than the client allows",
            _ => FirstSentence(exception.Message),
        };
    }

    private static string Status(HttpStatusCode status, string? reason)
    {
        var code = (int)status;
        var phrase = string.IsNullOrWhiteSpace(reason) ? ReasonPhrases.GetReasonPhrase(code) : reason;
        return string.IsNullOrEmpty(phrase) ? code.ToString(CultureInfo.InvariantCulture) : $"{code} {phrase}";
    }

    // HttpClient.Timeout surfaces as a TaskCanceledException whose inner exception is a TimeoutException.
    private static bool IsClientTimeout(Exception exception) =>
        exception is TimeoutException || (exception is OperationCanceledException && exception.InnerException is TimeoutException);

    private static string TimedOut(Exception exception, TimeSpan? timeout)
    {
        if (timeout is { } known && known != Timeout.InfiniteTimeSpan)
        {
            return $"timed out after {ServiceHealth.FormatLatency(known)}";
        }

        // "The request was canceled due to the configured HttpClient.Timeout of 2.5 seconds elapsing."
        var match = SecondsPattern().Match(exception.Message);
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? $"timed out after {ServiceHealth.FormatLatency(TimeSpan.FromSeconds(seconds))}"
            : "timed out";
    }

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }

        return null;
    }

    // "Connection refused (127.0.0.1:5080)": the address in parentheses at the end of the message, if any.
    private static string Address(string message)
    {
        var match = AddressPattern().Match(message);
        return match.Success ? $" ({match.Groups[1].Value})" : "";
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    [GeneratedRegex(@"of ([0-9.]+) seconds")]
    private static partial Regex SecondsPattern();

    [GeneratedRegex(@"\(([^()\s]+:[0-9]+)\)\s*$")]
    private static partial Regex AddressPattern();
}
