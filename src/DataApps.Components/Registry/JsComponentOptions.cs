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

    // Note [App-relative modules]: the browser resolves the path with new URL(path, document.baseURI), and URL
    // parsing is generous: "\\host/x.js" becomes "//host/x.js" (another origin), "data:…" and "javascript:" are
    // whole scripts, "%2e%2e" is "..". So a path is accepted only when it is plainly inside the app: segments of
    // letters, digits and "-_.~@+", no empty, "." or ".." segment, nothing else (no scheme, no backslash, no escapes).
    internal static void Check(string name, string modulePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(modulePath);
        if (!IsAppRelative(modulePath))
        {
            throw new ArgumentException(
                $"The module of JS component '{name}' must be a path inside the app, such as _content/MyLib/my.js " +
                $"(letters, digits and - _ . ~ @ + between single slashes; no scheme, no //, no backslash, no .., no %-escapes), not '{modulePath}'.",
                nameof(modulePath));
        }
    }

    private static bool IsAppRelative(string path)
    {
        var relative = path.StartsWith('/') ? path[1..] : path;
        if (relative.Length == 0)
            return false;
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or "." or "..")
                return false;
            foreach (var c in segment)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' or '@' or '+'))
                    return false;
            }
        }
        return true;
    }
}
