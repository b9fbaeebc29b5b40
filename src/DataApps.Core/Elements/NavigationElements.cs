namespace DataApps;

/// <summary>A link to a page of the app or to another site (<c>ui.PageLink</c>), drawn like a navigation entry; not a widget.</summary>
/// <param name="Label">The link text.</param>
/// <param name="Href">The app path (<c>/penguins?species=adelie</c>) or the absolute address.</param>
/// <param name="Icon">A Material icon name, or <c>null</c>.</param>
public sealed record PageLinkElement(string Label, string Href, string? Icon) : Element
{
    /// <summary>Whether <see cref="Href"/> leaves the app (it then opens in a new tab).</summary>
    public bool External { get; init; }

    /// <summary>A tooltip, or <c>null</c>.</summary>
    public string? Help { get; init; }

    /// <summary>Whether the link is shown greyed out and goes nowhere.</summary>
    public bool Disabled { get; init; }
}
