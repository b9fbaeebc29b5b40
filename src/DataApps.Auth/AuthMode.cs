namespace DataApps.Auth;

/// <summary>How the app signs users in (<c>DataApps:Auth:Mode</c>).</summary>
public enum AuthMode
{
    /// <summary>Nobody signs in: every user is anonymous and pages with <c>[Authorize]</c> are closed to all.</summary>
    None,

    /// <summary>Any OpenID Connect provider (Keycloak, Auth0, Okta, Google Workspace, a local provider) through ASP.NET Core's OpenID Connect handler.</summary>
    Oidc,

    /// <summary>Microsoft Entra ID through Microsoft.Identity.Web.</summary>
    Entra,
}
