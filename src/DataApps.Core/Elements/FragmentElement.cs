namespace DataApps;

/// <summary>
/// A fragment (<c>ui.Fragment</c>): a part of the page that reruns on its own when a widget inside it changes, or on a
/// timer, without running the rest of the page.
/// </summary>
/// <param name="FragmentId">The fragment's identity, unique in the page.</param>
/// <param name="RunEvery">How often the server reruns it, if at all.</param>
public sealed record FragmentElement(string FragmentId, TimeSpan? RunEvery) : BlockElement;
