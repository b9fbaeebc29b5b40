using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>Decides who may see a page from <c>[Authorize]</c> and <c>[AllowAnonymous]</c> on its class, with ASP.NET Core's own policy evaluation.</summary>
/// <remarks>
/// Note [Page authorization]: pages are not Razor components, so the router knows nothing of their attributes. The shell and AppTest
/// ask this class at every door: the HTTP request for a page's URL (Hosting's PageGate: with sign-in, anonymous users are challenged;
/// others get 403 from the shell), each navigation inside a circuit (DataAppPage: the page's <c>Run</c> is never called when access
/// is not <see cref="PageAccess.Allowed"/>), and the navigation menu (a page a user may not see is not listed). A class's
/// attributes combine as ASP.NET Core combines them on an endpoint: every <c>[Authorize]</c> must hold (roles in one
/// attribute are alternatives), a policy name is looked up in the app's <c>AddAuthorization</c> options, and
/// <c>[AllowAnonymous]</c> wins. A page without attributes is open, unless the app requires sign-in (<c>DataApps:Auth:RequireSignIn</c>).
/// </remarks>
internal sealed class PageAuthorizer(IAuthorizationPolicyProvider policies, IAuthorizationService authorization, IOptions<SignInSettings> options)
{
    private static readonly AuthorizationPolicy SignedIn = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    private readonly ConcurrentDictionary<Type, Task<AuthorizationPolicy?>> _byPage = new();
    private readonly ConcurrentDictionary<Type, bool> _open = new();

    /// <summary>Whether anyone may see <paramref name="pageType"/>, signed in or not (no await needed).</summary>
    /// <remarks>Asked on every page request, navigation and menu; the attributes are read once per page class.</remarks>
    public bool IsOpen(Type pageType) => _open.GetOrAdd(
        pageType,
        static (type, requireSignIn) => type.IsDefined(typeof(IAllowAnonymous), true)
            || (!requireSignIn && !type.GetCustomAttributes(true).OfType<IAuthorizeData>().Any()),
        options.Value.RequireSignIn);

    /// <summary>Whether <paramref name="user"/> may see the page class <paramref name="pageType"/>.</summary>
    public async Task<PageAccess> CheckAsync(ClaimsPrincipal? user, Type pageType)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        if (IsOpen(pageType))
        {
            return PageAccess.Allowed;
        }

        user ??= new ClaimsPrincipal(new ClaimsIdentity());
        var policy = await _byPage.GetOrAdd(pageType, PolicyOf).ConfigureAwait(false) ?? SignedIn;
        var result = await authorization.AuthorizeAsync(user, pageType, policy).ConfigureAwait(false);
        return result.Succeeded ? PageAccess.Allowed
            : user.Identities.Any(i => i.IsAuthenticated) ? PageAccess.Forbidden
            : PageAccess.SignInRequired;
    }

    /// <summary>Forgets what was read from page classes, so attributes a hot reload changed take effect (Note [Hot reload]).</summary>
    internal void ClearCache()
    {
        _open.Clear();
        _byPage.Clear();
    }

    private async Task<AuthorizationPolicy?> PolicyOf(Type pageType)
    {
        var data = pageType.GetCustomAttributes(true).OfType<IAuthorizeData>().ToArray();
        try
        {
            return data.Length == 0 ? null : await AuthorizationPolicy.CombineAsync(policies, data).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            // An unknown policy name: say which page names it, not only which name is missing.
            throw new InvalidOperationException($"The page {pageType.FullName} has an [Authorize] the app cannot evaluate: {e.Message}", e);
        }
    }
}
