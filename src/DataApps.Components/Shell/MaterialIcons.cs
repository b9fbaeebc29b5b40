using System.Collections.Concurrent;
using System.Reflection;

namespace DataApps.Components.Shell;

/// <summary>Turns a Material icon name from <c>[Page(Icon = "bar_chart")]</c> into MudBlazor's SVG.</summary>
internal static class MaterialIcons
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static string? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        if (name.StartsWith("<svg", StringComparison.OrdinalIgnoreCase))
        {
            return name;
        }

        return Cache.GetOrAdd(name, static n =>
        {
            var pascal = string.Concat(n.Split('_', '-', ' ').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
            return typeof(MudBlazor.Icons.Material.Filled)
                .GetField(pascal, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
        });
    }
}
