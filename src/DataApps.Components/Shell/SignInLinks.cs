using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Shell;

/// <summary>The addresses of sign-in and sign-out, relative to <c>&lt;base href&gt;</c>.</summary>
internal static class SignInLinks
{
    public const string LogoutPath = DataApps.Auth.SignInSettings.LogoutPath;

    /// <summary>The sign-in address that returns to the page shown now (or to the app's root when that address is not local, Note [Return addresses]).</summary>
    public static string Login(NavigationManager navigation) =>
        DataApps.Auth.SignInSettings.LoginPath + "?returnUrl=" + Uri.EscapeDataString(DataApps.Auth.ReturnUrl.LocalOr("/" + navigation.ToBaseRelativePath(navigation.Uri), "/"));
}
