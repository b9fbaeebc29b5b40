using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>Wires sign-in into the request pipeline: authentication, the page gate and the account endpoints.</summary>
internal static class PageGate
{
    /// <summary>Adds authentication and the page gate to <paramref name="app"/>, maps the account endpoints, and checks at startup that every page's <c>[Authorize]</c> can be evaluated.</summary>
    public static void Use(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DataAppsAuthOptions>>().Value;
        // AddOidc not called while the configuration asks for sign-in: say so, rather than serve every page anonymously.
        var configured = app.Configuration.GetSection(DataAppsAuthOptions.Section)["Mode"];
        if (app.Services.GetService<SignInMarker>() is null && configured is { Length: > 0 } && !configured.Equals(nameof(AuthMode.None), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{DataAppsAuthOptions.Section}:Mode is {configured} but sign-in was not added: call builder.Services.AddDataApps().AddOidc(builder.Configuration).");
        }

        var catalog = app.Services.GetRequiredService<PageCatalog>();
        var authorizer = app.Services.GetRequiredService<PageAuthorizer>();
        foreach (var page in catalog.Pages)
        {
            // An [Authorize(Policy = "…")] naming a policy the app never added stops the app here, naming the page.
            authorizer.CheckAsync(null, page.PageType).GetAwaiter().GetResult();
        }

        if (options.SignInEnabled)
        {
            app.UseAuthentication();
        }

        app.UseAuthorization();
        app.Use(next => context => GateAsync(context, next, catalog, authorizer, options));
        AccountEndpoints.Map(app);
    }

    /// <summary>An anonymous request for a page that needs sign-in goes to the provider before anything of the page is rendered.</summary>
    /// <remarks>A signed-in user without access gets the shell's 403 page (DataAppPage sets the status); see Note [Page authorization].</remarks>
    private static async Task GateAsync(HttpContext context, RequestDelegate next, PageCatalog catalog, PageAuthorizer authorizer, DataAppsAuthOptions options)
    {
        if (!options.SignInEnabled || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.Request.Path.StartsWithSegments("/_blazor") || context.Request.Path.StartsWithSegments("/_framework")
            || context.Request.Path.StartsWithSegments("/_content") || catalog.Find(context.Request.Path.Value) is not { } page
            || authorizer.IsOpen(page.PageType)
            || await authorizer.CheckAsync(context.User, page.PageType).ConfigureAwait(false) != PageAccess.SignInRequired)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await context.ChallengeAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString }).ConfigureAwait(false);
    }
}
