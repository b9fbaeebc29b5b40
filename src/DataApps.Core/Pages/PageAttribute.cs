namespace DataApps;

/// <summary>Marks a class as a DataApps page served at <see cref="Route"/>.</summary>
/// <example><c>[Page("/penguins", Title = "Penguins", Icon = "pets", Section = "Explore", Order = 1)]</c></example>
/// <param name="route">The URL path of the page, starting with <c>/</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PageAttribute(string route) : Attribute
{
    /// <summary>The URL path of the page, starting with <c>/</c>.</summary>
    public string Route { get; } = route;

    /// <summary>The title shown in the navigation and the browser tab; defaults to the class name.</summary>
    public string? Title { get; set; }

    /// <summary>A Material icon name (e.g. <c>pets</c>) shown beside the title in the navigation.</summary>
    public string? Icon { get; set; }

    /// <summary>The navigation section the page is grouped under; pages without one come first.</summary>
    public string? Section { get; set; }

    /// <summary>The position of the page within its section; lower comes first.</summary>
    public int Order { get; set; }
}
