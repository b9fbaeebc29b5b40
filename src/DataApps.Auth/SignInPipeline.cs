using DataApps.Hosting.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>Sign-in in the request pipeline: the cookie, the challenge for pages that need a signed-in user, the account endpoints.</summary>
/// <remarks>Hosting's PageGate calls it in order around <c>UseAuthorization</c>; see Note [Page authorization] (PageAuthorizer).</remarks>
internal sealed class SignInPipeline(PageCatalog catalog, PageAuthorizer authorizer, IOptions<DataAppsAuthOptions> options) : ISignInPipeline
{
    public void UseAuthentication(IApplicationBuilder app)
    {
        if (options.Value.SignInEnabled)
        {
            // Outermost, so a challenge anywhere later (the page gate, authorization, /account/login, the callback) that
            // fails because the provider does not answer becomes a 503 page rather than a 500.
            app.ApplicationServices.GetRequiredService<IdentityProviderOutage>().Use(app);
            app.UseAuthentication();
        }
    }

    public void UseChallenge(IApplicationBuilder app) => app.Use(next => context => ChallengeAsync(context, next));

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => AccountEndpoints.Map(endpoints);

    /// <summary>An anonymous request for a page that needs sign-in goes to the provider before anything of the page is rendered.</summary>
    /// <remarks>A signed-in user without access gets the shell's 403 page (DataAppPage sets the status).</remarks>
    private async Task ChallengeAsync(HttpContext context, RequestDelegate next)
    {
        if (!options.Value.SignInEnabled || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.Request.Path.StartsWithSegments("/_blazor") || context.Request.Path.StartsWithSegments("/_framework")
            || context.Request.Path.StartsWithSegments("/_content") || catalog.Find(context.Request.Path.Value) is not { } page
            || authorizer.IsOpen(page.PageType)
            || await authorizer.CheckAsync(context.User, page.PageType).ConfigureAwait(false) != PageAccess.SignInRequired)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // The page's own address, unless it would not read as one in a Location header (//sign-in/ops names the host sign-in).
        var returnUrl = ReturnUrl.LocalOr(context.Request.PathBase + context.Request.Path + context.Request.QueryString, AccountEndpoints.Root(context));
        await context.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = returnUrl }).ConfigureAwait(false);
    }
}
