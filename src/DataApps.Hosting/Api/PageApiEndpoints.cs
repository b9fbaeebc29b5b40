using System.Text.Json;
using DataApps.Api;
using DataApps.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataApps.Hosting.Api;

/// <summary>The page API: <c>POST /api/pages/{route}</c> runs an API-enabled page with JSON values, <c>GET /api/pages/openapi.json</c> describes them.</summary>
/// <remarks>
/// Note [Page API]: a page opts in with <c>[Page(Api = true)]</c>. The route maps as the URL does: <c>/loan</c> is
/// <c>/api/pages/loan</c>, <c>/models/compare</c> is <c>/api/pages/models/compare</c>, and the root page is <c>/api/pages/</c>.
/// The order of the checks is the order a caller needs them: an unknown or closed page is 404 (so the API does not say which
/// pages exist), then who may call it (401/403, decided by the page's <c>[Authorize]</c> exactly as for the browser), then the
/// request (JSON content type, size, shape: 400), then the run (500 for a page that throws, with a correlation id; 504 past the
/// run budget). CSRF: the sign-in cookie is SameSite=Lax (a cross-site POST does not carry it) and a JSON content type cannot be
/// sent cross-site without a CORS preflight, which the app does not answer, so a forged form post never reaches a page.
/// </remarks>
internal static partial class PageApiEndpoints
{
    /// <summary>The path the API lives under.</summary>
    public const string Root = "/api/pages";

    /// <summary>The largest request body accepted, in bytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static void Map(WebApplication app)
    {
        app.MapGet(Root + "/openapi.json", PageApiDocument.WriteAsync).ExcludeFromDescription();
        app.MapPost(Root + "/{**route}", PostAsync).ExcludeFromDescription().DisableAntiforgery();
    }

    private static async Task PostAsync(HttpContext context, string? route)
    {
        var services = context.RequestServices;
        var catalog = services.GetRequiredService<PageCatalog>();
        if (catalog.Find("/" + (route ?? "")) is not { Api: true } page)
        {
            await Problems.WriteAsync(context, StatusCodes.Status404NotFound, "No such API page",
                $"No page at '/{route}' answers the API. A page opts in with [Page(\"/route\", Api = true)]; GET {Root}/openapi.json lists the pages you may call.").ConfigureAwait(false);
            return;
        }

        switch (await services.GetRequiredService<PageAuthorizer>().CheckAsync(context.User, page.PageType).ConfigureAwait(false))
        {
            case PageAccess.SignInRequired:
                await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Sign-in required",
                    $"The page {page.Route} needs a signed-in user: send the app's sign-in cookie (sign in at /account/login).").ConfigureAwait(false);
                return;
            case PageAccess.Forbidden:
                await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Access denied",
                    $"{context.User.Identity?.Name ?? "This user"} may not use the page {page.Route}: it needs a role or policy the user does not have.").ConfigureAwait(false);
                return;
        }

        if (await ReadAsync(context).ConfigureAwait(false) is not { } inputs)
        {
            return; // ReadAsync answered 400
        }

        using (inputs)
        {
            await RunAsync(context, page, inputs).ConfigureAwait(false);
        }
    }

    private static async Task RunAsync(HttpContext context, PageDescriptor page, JsonDocument body)
    {
        var values = body.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DataApps.Api");
        ApiRunResult result;
        using (var session = PageApiSession.Create(context.RequestServices, context.User, logger))
        {
            try
            {
                if (Create(context, page, logger) is not { } instance)
                {
                    await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, "The page could not be created",
                        "The page's constructor failed (a service it needs is not registered?); the server log says why.").ConfigureAwait(false);
                    return;
                }

                try
                {
                    result = await new PageApiRun(session).RunAsync(instance, page.Route, page.RunTimeout, values, context.RequestAborted).ConfigureAwait(false);
                }
                finally
                {
                    (instance as IDisposable)?.Dispose();
                }
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                Log.CallerLeft(logger, page.Route);
                return; // the caller went away: the run was stopped and nobody reads an answer
            }
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            Log.CallerLeft(logger, page.Route);
            return;
        }

        switch (result.Outcome)
        {
            case ApiOutcome.BadInput:
                await Problems.WriteInvalidAsync(context, result.Errors).ConfigureAwait(false);
                return;
            case ApiOutcome.TimedOut:
                await Problems.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "The page ran out of time", result.Exception!.Message).ConfigureAwait(false);
                return;
            case ApiOutcome.Failed:
                var correlationId = result.Tree.Main.Descendants().OfType<ExceptionElement>().LastOrDefault()?.CorrelationId;
                var showDetails = PageApiSession.ShowErrorDetails(context.RequestServices);
                await Problems.WriteAsync(context, StatusCodes.Status500InternalServerError, "The page failed",
                    showDetails ? $"{result.Exception!.GetType().Name}: {result.Exception.Message}" : "Something went wrong while running this page; the server log has the details under the correlation id.",
                    extra: o =>
                    {
                        o["correlationId"] = correlationId;
                        o["outputs"] = PageApiResponse.Outputs(result);
                    }).ConfigureAwait(false);
                return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(PageApiResponse.Of(page, result).ToJsonString(Problems.Json), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The page instance from the request's services, or <c>null</c> (logged) when its constructor or a dependency fails.</summary>
    internal static IDataPage? Create(HttpContext context, PageDescriptor page, ILogger logger)
    {
        try
        {
            return page.Factory?.Invoke(context.RequestServices) ?? (IDataPage)ActivatorUtilities.CreateInstance(context.RequestServices, page.PageType);
        }
        catch (Exception e) when (e is InvalidOperationException or System.Reflection.TargetInvocationException or MissingMethodException)
        {
            Log.PageNotCreated(logger, e, page.Route);
            return null;
        }
    }

    /// <summary>The body as a JSON object, or <c>null</c> after answering 400 (wrong content type, too large, not an object).</summary>
    private static async Task<JsonDocument?> ReadAsync(HttpContext context)
    {
        if (!context.Request.HasJsonContentType())
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "JSON required",
                $"Send the widget values as a JSON object with Content-Type: application/json (got {(string.IsNullOrEmpty(context.Request.ContentType) ? "no content type" : context.Request.ContentType)}).").ConfigureAwait(false);
            return null;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await TooLargeAsync(context).ConfigureAwait(false);
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                await TooLargeAsync(context).ConfigureAwait(false);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not valid JSON: {e.Message}").ConfigureAwait(false);
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "A JSON object required",
                "Send the widget values as one JSON object of name: value, e.g. {\"amount\": 250000, \"calculate\": true}.").ConfigureAwait(false);
            return null;
        }

        if (document.RootElement.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            document.Dispose();
            await Problems.WriteInvalidAsync(context, new Dictionary<string, string> { [twice.Key] = $"'{twice.Key}' is given {twice.Count()} times; give each value once." }).ConfigureAwait(false);
            return null;
        }

        return document;
    }

    private static Task TooLargeAsync(HttpContext context) =>
        Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Body too large",
            $"The body is larger than {MaxBodyBytes / 1024} KiB; the page API takes widget values, not files.");

    private static partial class Log
    {
        [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "The API page {Page} could not be created.")]
        public static partial void PageNotCreated(ILogger logger, Exception exception, string page);

        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "The caller of the API page {Page} went away; its run was stopped.")]
        public static partial void CallerLeft(ILogger logger, string page);
    }
}
