namespace DataApps.Auth;

/// <summary>What the shell and the page-access decision need to know of sign-in, whichever package provides it.</summary>
/// <remarks>
/// An app without the DataApps.Auth package keeps the defaults: nobody signs in, and a page with <c>[Authorize]</c> is closed
/// to everyone. <c>AddOidc</c> sets <see cref="Enabled"/> and <see cref="RequireSignIn"/> from the <c>DataApps:Auth</c> section.
/// </remarks>
internal sealed class SignInSettings
{
    /// <summary>The sign-in address, relative to the app's base: <c>account/login?returnUrl=…</c>.</summary>
    public const string LoginPath = "account/login";

    /// <summary>The sign-out address (a form POST with the antiforgery token), relative to the app's base.</summary>
    public const string LogoutPath = "account/logout";

    /// <summary>Whether users can sign in at all (<c>DataApps:Auth:Mode</c> is not <c>None</c> and <c>AddOidc</c> was called).</summary>
    public bool Enabled { get; set; }

    /// <summary>Whether every page needs a signed-in user unless it has <c>[AllowAnonymous]</c>.</summary>
    public bool RequireSignIn { get; set; }
}
