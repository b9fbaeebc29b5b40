using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DataApps.BrowserTests.Packaging;

/// <summary>The templates' sources, before packing: what the packaging tests cannot see until a version changes.</summary>
public sealed partial class TemplateContentTests
{
    private static readonly string Content = Path.Combine(PackagingFixture.Repository, "templates", "DataApps.Templates", "content");

    [Fact]
    public void EveryDataAppsReferenceTakesTheVersionBeingPacked()
    {
        var references = Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories)
            .SelectMany(file => DataAppsReference().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(Content, file), Version: m.Groups["version"].Value)))
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(r.Version == "DATAAPPS_VERSION", $"{r.File} references DataApps at {r.Version}; write DATAAPPS_VERSION, which packing replaces."));
    }

    [Fact]
    public void OtherPackagesTakeTheVersionsTheRepositoryUses()
    {
        var central = XDocument.Load(Path.Combine(PackagingFixture.Repository, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);
        var references = Directory.EnumerateFiles(Content, "*.csproj", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Descendants("PackageReference").Select(r => (File: Path.GetRelativePath(Content, file), Package: (string)r.Attribute("Include")!, Version: (string?)r.Attribute("Version"))))
            .Where(r => !r.Package.StartsWith("DataApps", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(
            central.TryGetValue(r.Package, out var version) && version == r.Version,
            $"{r.File} references {r.Package} {r.Version}; Directory.Packages.props has {version ?? "no version of it"}."));
    }

    [Fact]
    public void EveryTemplateHasItsShortName()
    {
        var shortNames = Directory.EnumerateFiles(Content, "template.json", SearchOption.AllDirectories)
            .Select(file => ShortName().Match(File.ReadAllText(file)).Groups[1].Value)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["dataapp", "dataapp-component", "dataapp-file"], shortNames);
    }

    // <PackageReference Include="DataApps…" Version="…" /> and #:package DataApps…@…
    [GeneratedRegex("""(Include="DataApps[\w.]*"\s+Version="(?<version>[^"]*)")|(#:package DataApps[\w.]*@(?<version>\S+))""")]
    private static partial Regex DataAppsReference();

    [GeneratedRegex("\"shortName\":\\s*\"([^\"]+)\"")]
    private static partial Regex ShortName();
}
