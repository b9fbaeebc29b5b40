using System.Security.Claims;
using System.Security.Cryptography;
using DataApps.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DataApps.Hosting.Files;

/// <summary>
/// Who a session's files are served to (Note [File ownership] in SessionFiles.cs): the signed-in user's stable id, or for anonymous
/// visits the browser's own cookie, which every request without one gets, before the page is rendered.
/// </summary>
/// <remarks>
/// Note [Browser cookie]: the cookie is 256 random bits, HttpOnly, SameSite=Lax, Secure over HTTPS. Its value travels into the session
/// as a claim of an unauthenticated identity added to the request's principal: the prerendering request binds the session to it, and
/// the circuit, whose principal is the hub connection's (same browser, same cookie), binds it again when it takes the session over.
/// The identity is not authenticated, so it changes no authorization decision. A file request without the cookie gets no new one:
/// it is answered 404 like any request of someone else.
/// </remarks>
internal static class FileOwner
{
    /// <summary>The browser cookie's name.</summary>
    public const string CookieName = ".DataApps.Browser";

    /// <summary>The claim that carries the browser cookie's value into the circuit.</summary>
    public const string ClaimType = "dataapps:browser";

    /// <summary>Gives every request the browser's id (a new cookie when it has none); call after authentication.</summary>
    public static void Use(WebApplication app) => app.Use(next => context =>
    {
        Identify(context);
        return next(context);
    });

    /// <summary>The owner key of a request's or circuit's principal; <c>null</c> when it has neither a sign-in nor the browser cookie.</summary>
    public static string? Of(ClaimsPrincipal? principal)
    {
        var user = AppUser.FromPrincipal(principal);
        if (user.IsAuthenticated)
        {
            return user.Id is { Length: > 0 } id ? "user:" + id : null;
        }

        return principal?.FindFirst(ClaimType)?.Value is { } browser ? "browser:" + browser : null;
    }

    private static void Identify(HttpContext context)
    {
        var id = context.Request.Cookies[CookieName];
        if (!IsWellFormed(id))
        {
            if (context.Request.Path.StartsWithSegments(FileStore.BasePath))
            {
                return;
            }

            id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            context.Response.Cookies.Append(CookieName, id, new CookieOptions
            {
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                Path = "/",
                IsEssential = true, // the app's own files do not load without it
                MaxAge = TimeSpan.FromDays(400),
            });
        }

        context.User.AddIdentity(new ClaimsIdentity([new Claim(ClaimType, id!)]));
    }

    private static bool IsWellFormed(string? id) =>
        id is { Length: 43 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
