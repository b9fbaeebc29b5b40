namespace DataApps.Runtime;

/// <summary>A page the script asked to show next (<c>ui.SwitchPage</c>).</summary>
/// <param name="Path">The app path with its query, e.g. <c>/penguins?species=adelie</c>.</param>
/// <param name="PageType">The page class, when the script named one.</param>
internal sealed record NavigationRequest(string Path, Type? PageType);
