using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Auth;

/// <summary>Checks the sign-in cookie on every request: a signed-out, expired or refused sign-in is refused; tokens about to end are refreshed, and the roles the provider gives the user now replace those of sign-in (Note [Role revalidation]).</summary>
internal static class TokenRefresher
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null)
        {
            await RejectAsync(context).ConfigureAwait(false);
            return;
        }

        var cookieTokens = SignInTokens.From(context.Properties);
        var check = await context.HttpContext.RequestServices.GetRequiredService<SignInChecks>()
            .CheckAsync(context.Principal, cookieTokens, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (check.Ended)
        {
            await RejectAsync(context).ConfigureAwait(false);
            return;
        }

        // Tokens refreshed by this request's check, or by an open page's: the cookie keeps the newest.
        if (check.Tokens is { } tokens && tokens.IsNewerThan(cookieTokens))
        {
            tokens.StoreIn(context.Properties);
            context.ShouldRenew = true;
        }

        // Roles read again from the provider: this request and the cookie (so a reload) see them.
        if (check.WithRoles(context.Principal) is { } updated)
        {
            context.ReplacePrincipal(updated);
            context.ShouldRenew = true;
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name).ConfigureAwait(false);
    }
}
