using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>Sign-in while the identity provider does not answer: a 503 page that says so, and one warning per outage.</summary>
/// <remarks>
/// A challenge needs the provider's metadata; until it has been fetched once, a challenge (a page that needs sign-in,
/// <c>/account/login</c>) throws, and so does the callback when the provider stops answering mid sign-in. Those requests
/// answer 503 with Retry-After instead of 500. The first failure logs a warning with the reason; the next successful
/// challenge logs that the provider answers again. Pages that need no sign-in, and signed-in users, are not affected.
/// </remarks>
internal sealed partial class IdentityProviderOutage(IOptions<DataAppsAuthOptions> options, ILogger<IdentityProviderOutage> logger)
{
    /// <summary>What the 503 answer asks the browser to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign-in is unavailable</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem;">
        <main data-testid="sign-in-unavailable">
        <h1>Sign-in is unavailable</h1>
        <p>The identity provider does not answer, so nobody can sign in right now. Pages that need no sign-in still work.</p>
        <p>Try again in a minute.</p>
        </main>
        </body>
        </html>
        """;

    private int _down;

    /// <summary>Whether the provider is known not to answer (since the last failure, until a challenge works again).</summary>
    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>Answers 503 for the requests of <paramref name="app"/>'s later stages that fail because the provider does not answer.</summary>
    public void Use(IApplicationBuilder app) => app.Use(next => async context =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && IsUnreachable(e))
        {
            Failed(e);
            await AnswerAsync(context).ConfigureAwait(false);
        }
    });

    /// <summary>A challenge reached the provider: the outage, if any, is over.</summary>
    public void Answered()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            Log.Answers(logger, Authority);
        }
    }

    /// <summary>Whether <paramref name="e"/> says the provider does not answer (rather than a fault of the app).</summary>
    internal static bool IsUnreachable(Exception e)
    {
        // IDX20803: IdentityModel's ConfigurationManager could not fetch the metadata (refused, timed out, not a document).
        // A remote sign-in failure (the callback) caused by the network: the code could not be redeemed at the token endpoint.
        var remote = e is AuthenticationFailureException;
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner.Message.StartsWith("IDX20803:", StringComparison.Ordinal) || (remote && inner is HttpRequestException))
            {
                return true;
            }
        }

        return false;
    }

    private void Failed(Exception e)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            Log.Unavailable(logger, Authority, Reason(e));
        }
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(Page, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private string Authority => options.Value.Authority ?? options.Value.Instance;

    /// <summary>The innermost message (the socket's or the server's answer), without IdentityModel's wrapping.</summary>
    private static string Reason(Exception e)
    {
        var reason = e;
        while (reason.InnerException is not null)
        {
            reason = reason.InnerException;
        }

        return reason.Message;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, EventName = "IdentityProviderUnavailable", Level = LogLevel.Warning,
            Message = "Sign-in is unavailable: the identity provider {Authority} does not answer ({Reason}). Requests that need sign-in answer 503 until it does.")]
        public static partial void Unavailable(ILogger logger, string authority, string reason);

        [LoggerMessage(EventId = 2, EventName = "IdentityProviderAnswers", Level = LogLevel.Information,
            Message = "The identity provider {Authority} answers again: sign-in works.")]
        public static partial void Answers(ILogger logger, string authority);
    }
}
