using System.Reflection;

namespace DataApps;

// Scanned assemblies, and scanning them again when a hot reload has changed their classes (Note [Catalog snapshots]).
public sealed partial class PageCatalog
{
    /// <summary>Describes an assembly's pages: <see cref="PageDescriptor.AllIn"/>, unless a test stands in for a hot reload.</summary>
    internal Func<Assembly, IEnumerable<PageDescriptor>> Scanner { get; init; } = PageDescriptor.AllIn;

    /// <summary>Adds every class with a <see cref="PageAttribute"/> in <paramref name="assembly"/>, and remembers the assembly for <see cref="Rescan"/>.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <exception cref="InvalidOperationException">Two pages share a route, or a route is malformed; the catalog is unchanged.</exception>
    internal void AddPagesIn(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        lock (_writeGate)
        {
            var next = _snapshot;
            var types = new HashSet<Type>(next.ScannedTypes);
            foreach (var page in Scanner(assembly))
            {
                next = next.With(page);
                types.Add(page.PageType);
            }

            _snapshot = new Snapshot(next.Pages, next.ByRoute)
            {
                Scanned = next.Scanned.Contains(assembly) ? next.Scanned : [.. next.Scanned, assembly],
                ScannedTypes = types,
            };
        }
    }

    /// <summary>
    /// Scans the assemblies added with <see cref="AddPagesIn"/> again, after a hot reload changed their code: a new
    /// <c>[Page]</c> class joins the catalog, a page whose attribute changed is described anew, a class that lost its
    /// attribute leaves. Pages added one by one stay as they are, and so does every unchanged page (the same instance).
    /// </summary>
    /// <returns>The routes added, changed (same class, new description) and removed.</returns>
    /// <exception cref="InvalidOperationException">The pages found cannot make a catalog (two on one route, say); the catalog is unchanged.</exception>
    /// <exception cref="ArgumentException">A class has <c>[Page]</c> but is not a page; the catalog is unchanged.</exception>
    internal PageCatalogChange Rescan()
    {
        lock (_writeGate)
        {
            var old = _snapshot;
            if (old.Scanned.Count == 0)
            {
                return PageCatalogChange.None;
            }

            var next = Snapshot.Empty;
            foreach (var page in old.Pages.Where(p => !old.ScannedTypes.Contains(p.PageType)))
            {
                next = next.With(page);
            }

            var before = old.Pages.Where(p => old.ScannedTypes.Contains(p.PageType)).ToDictionary(p => p.PageType);
            var types = new HashSet<Type>();
            List<string> added = [], changed = [];
            foreach (var page in old.Scanned.SelectMany(Scanner))
            {
                var route = Normalize(page.Route);
                var described = route == page.Route ? page : page with { Route = route };
                if (!before.TryGetValue(page.PageType, out var existing))
                {
                    added.Add(route);
                    next = next.With(described);
                }
                else if (existing == described)
                {
                    next = next.With(existing); // unchanged: the same instance, so sessions showing it see no change
                }
                else
                {
                    changed.Add(route);
                    next = next.With(described);
                }

                types.Add(page.PageType);
            }

            var change = new PageCatalogChange(added, changed, before.Values.Where(p => !types.Contains(p.PageType)).Select(p => p.Route).ToList());
            if (change.IsEmpty)
            {
                return PageCatalogChange.None;
            }

            _snapshot = new Snapshot(next.Pages, next.ByRoute) { Scanned = old.Scanned, ScannedTypes = types };
            return change;
        }
    }
}

/// <summary>What a <see cref="PageCatalog.Rescan"/> changed, by route.</summary>
internal sealed record PageCatalogChange(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    public static readonly PageCatalogChange None = new([], [], []);

    public bool IsEmpty => Added.Count + Changed.Count + Removed.Count == 0;
}
