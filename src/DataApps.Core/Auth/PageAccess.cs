namespace DataApps.Auth;

/// <summary>Whether a user may see a page.</summary>
public enum PageAccess
{
    /// <summary>The page runs for this user.</summary>
    Allowed,

    /// <summary>The page needs a signed-in user and this one is anonymous: the app sends them to sign in.</summary>
    SignInRequired,

    /// <summary>The user is signed in but lacks the role or policy the page needs: the app answers 403 and never runs the page.</summary>
    Forbidden,
}
