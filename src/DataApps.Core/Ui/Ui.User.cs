namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Who uses the app: <see cref="AppUser.Anonymous"/> unless the app signs users in (<c>AddOidc</c>).</summary>
    /// <example><c>ui.Write($"Hello, {ui.User.Name}"); if (ui.User.IsInRole("ops")) ui.Button("Retrain");</c></example>
    public AppUser User => _session.User;

    /// <summary>A button that starts sign-in with the app's identity provider and comes back to this page.</summary>
    /// <param name="label">The button text.</param>
    /// <remarks>Shown disabled, with a message naming the setting, when the app has no sign-in configured.</remarks>
    /// <example><c>if (!ui.User.IsAuthenticated) ui.Login();</c></example>
    public void Login(string label = "Sign in") => Add(new LoginButtonElement(label));

    /// <summary>A button that signs the user out of the app (and of the identity provider where it supports that).</summary>
    /// <param name="label">The button text.</param>
    /// <example><c>if (ui.User.IsAuthenticated) ui.Logout();</c></example>
    public void Logout(string label = "Sign out") => Add(new LogoutButtonElement(label));
}
