namespace DataApps.Components;

/// <summary>The registered JS components: name → module path. Filled by <c>AddJsComponent</c>.</summary>
public sealed class JsComponentOptions
{
    private readonly Dictionary<string, string> _modules = new(StringComparer.Ordinal);

    /// <summary>The registered names.</summary>
    public IEnumerable<string> Names => _modules.Keys;

    /// <summary>Registers <paramref name="modulePath"/> as the module of <paramref name="name"/>; a later registration replaces an earlier one.</summary>
    /// <param name="name">The component's name.</param>
    /// <param name="modulePath">A same-origin path of an ES module.</param>
    public void Add(string name, string modulePath)
    {
        Check(name, modulePath);
        _modules[name] = modulePath.TrimStart('/');
    }

    /// <summary>The module path of <paramref name="name"/>, or <c>null</c> when it is not registered.</summary>
    /// <param name="name">The component's name.</param>
    public string? ModuleFor(string name) => _modules.GetValueOrDefault(name);

    internal static void Check(string name, string modulePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(modulePath);
        if (modulePath.Contains("://", StringComparison.Ordinal) || modulePath.StartsWith("//", StringComparison.Ordinal) || modulePath.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The module of JS component '{name}' must be a path inside the app (e.g. _content/MyLib/my.js), not '{modulePath}'.", nameof(modulePath));
        }
    }
}
