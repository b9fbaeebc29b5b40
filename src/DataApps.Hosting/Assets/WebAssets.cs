using DataApps.Hosting.Circuits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Assets;

/// <summary>The files an app serves: the packages' assets and Blazor's scripts, checked at startup, and a plain 404 for a file that is none of them.</summary>
/// <remarks>
/// Note [Web assets]: the static web assets pipeline of the SDK writes an endpoints manifest at build time, and MapStaticAssets
/// serves what it lists. A project that did not ask for Blazor's scripts (<c>RequiresAspNetWebAssets</c>, which the DataApps package
/// sets) would prerender every page and never become interactive, and the browser would show no error: the page's catch-all route
/// answered the script's URL with the not-found page. So the app refuses to start without the script; an unknown page answers 404
/// with the not-found page, and an unknown file under <c>_framework/</c> or <c>_content/</c>, or any unknown path with a file extension,
/// answers 404 without it.
/// </remarks>
internal static class WebAssets
{
    /// <summary>Blazor's script, which every page loads to become interactive.</summary>
    public const string BlazorScript = "_framework/blazor.web.js";

    private const string Fix =
        "Reference the DataApps package from a Microsoft.NET.Sdk.Web project (it sets RequiresAspNetWebAssets), or set " +
        "<RequiresAspNetWebAssets>true</RequiresAspNetWebAssets> in the project; a single file needs only `#:package DataApps@<version>`. " +
        "Run the app with `dotnet run`, or from `dotnet publish` output.";

    /// <summary>Maps the static assets and stops the app with the fix when Blazor's script is not among them.</summary>
    public static void Map(WebApplication app)
    {
        try
        {
            app.MapStaticAssets();
        }
        catch (InvalidOperationException e) when (e.Message.Contains("staticwebassets", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"DataApps cannot serve its scripts and styles: {e.Message} {Fix}", e);
        }

        if (!Serves(app, BlazorScript))
        {
            throw new InvalidOperationException(
                $"DataApps cannot serve /{BlazorScript}, so no page would become interactive: the build did not ship ASP.NET Core's web assets. {Fix}");
        }
    }

    /// <summary>Answers 404 for a path the app's catch-all page route takes but no page has: with the not-found page, or with nothing when the path names a file.</summary>
    public static void UseNotFound(WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<PageCatalog>();
        app.Use(next => context =>
        {
            if (!IsPageRoute(context.GetEndpoint()) || catalog.Find(context.Request.Path.Value) is not null)
            {
                return next(context);
            }

            if (LooksLikeFile(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            // The shell renders the not-found page. Blazor's endpoint sends no body when a component sets 404 itself (it leaves the
            // page to re-execution), so the status is set just before the headers go out, after the page has rendered.
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Whether a path names a file rather than a page: under <c>_framework/</c> or <c>_content/</c>, or ending in an extension.</summary>
    internal static bool LooksLikeFile(PathString path)
    {
        if (path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content"))
        {
            return true;
        }

        var value = path.Value ?? "";
        var last = value[(value.LastIndexOf('/') + 1)..];
        var dot = last.LastIndexOf('.');
        return dot > 0 && dot < last.Length - 1;
    }

    private static bool IsPageRoute(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(DataAppPage);

    // Only MapStaticAssets' data sources can list the script; the others are left unread (reading a data source builds its
    // endpoints).
    private static bool Serves(IEndpointRouteBuilder endpoints, string route) =>
        endpoints.DataSources.Where(d => d.GetType().Name.Contains("StaticAssets", StringComparison.Ordinal))
            .SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Any(e => string.Equals(e.RoutePattern.RawText?.TrimStart('/'), route, StringComparison.OrdinalIgnoreCase));
}
