namespace ModelCompare.SignIn;

/// How the app signs users in, decided once at startup (Note [Sign-in modes]).
internal enum SignInMode
{
    /// Development without DataApps:Auth: no sign-in, every page open, a banner says so.
    Off,

    /// <c>--auth</c>: the local provider tools/dev-identity on 127.0.0.1:5099.
    DevIdentity,

    /// DataApps:Auth is configured (Keycloak, Entra …).
    Configured,
}

/// The decided mode, for pages (the banner) and tests.
internal sealed record SignInState(SignInMode Mode)
{
    public const string Banner = "Sign-in is off (Development); run with --auth";
}
