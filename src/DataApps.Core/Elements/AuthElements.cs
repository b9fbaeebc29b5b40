namespace DataApps;

/// <summary>A button that starts sign-in (<c>ui.Login</c>) and returns to the page it was on.</summary>
/// <param name="Label">The button text.</param>
public sealed record LoginButtonElement(string Label) : Element;

/// <summary>A button that signs the user out (<c>ui.Logout</c>).</summary>
/// <param name="Label">The button text.</param>
public sealed record LogoutButtonElement(string Label) : Element;
