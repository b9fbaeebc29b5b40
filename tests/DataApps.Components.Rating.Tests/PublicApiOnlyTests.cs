using System.Reflection;
using System.Runtime.CompilerServices;
using DataApps.Components.Rating;

namespace DataApps.Components.Rating.Tests;

/// <summary>The library is built on the framework's public API: no framework assembly opens its internals to it.</summary>
public sealed class PublicApiOnlyTests
{
    [Fact]
    public void NoFrameworkAssemblyGrantsTheRatingLibraryItsInternals()
    {
        var library = typeof(RatingElement).Assembly.GetName().Name;
        Assembly[] framework = [typeof(Ui).Assembly, typeof(ElementView<>).Assembly];

        var grants = framework
            .SelectMany(a => a.GetCustomAttributes<InternalsVisibleToAttribute>())
            .Select(a => a.AssemblyName);

        Assert.DoesNotContain(library, grants);
    }
}
