using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DataApps.BrowserTests.Packaging;

/// <summary>
/// What every packaging test shares, made once per run: the repository's packages in a temporary feed (the shipped
/// projects and the templates, packed with <c>dotnet pack -c Release</c>), the templates installed from it into a template
/// store of their own (<c>--debug:custom-hive</c>, so the user's store is untouched), and a folder outside the repository
/// whose nuget.config takes DataApps packages from that feed and everything else from nuget.org, restored into a fresh
/// package folder (<c>NUGET_PACKAGES</c>) so no copy of DataApps from an earlier build can be used.
/// </summary>
public sealed partial class PackagingFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The temporary folder holding all of it; deleted at the end.</summary>
    internal string Root { get; private set; } = "";

    /// <summary>The folder the tests create apps in: outside the repository, beside its nuget.config.</summary>
    internal string Apps { get; private set; } = "";

    /// <summary>The version every package of the feed has (the repository's VersionPrefix).</summary>
    internal string Version { get; private set; } = "";

    /// <summary>The commands for the generated apps: restoring into the fresh package folder.</summary>
    internal Commands Commands { get; private set; } = new(Commands.CleanVariables());

    /// <summary>Chromium, or null when it is missing (the browser steps then skip, or fail under CI=true).</summary>
    internal IBrowser? Browser { get; private set; }

    /// <summary>How long the feed took to pack.</summary>
    internal TimeSpan PackTime { get; private set; }

    internal string Hive => Path.Combine(Root, "hive");

    internal string Feed => Path.Combine(Root, "feed");

    internal static string Repository { get; } = FindRepository();

    public async ValueTask InitializeAsync()
    {
        Root = Directory.CreateTempSubdirectory("dataapps-packaging-").FullName;
        try
        {
            await PrepareAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    private async Task PrepareAsync()
    {
        Apps = Directory.CreateDirectory(Path.Combine(Root, "apps")).FullName;
        var packages = Directory.CreateDirectory(Path.Combine(Root, "packages")).FullName;
        AssertNothingAbove(Apps);

        // The repository restores into the user's package folder as it always does; only the generated apps use the fresh one.
        var repository = new Commands(Commands.CleanVariables());
        Commands = repository.With("NUGET_PACKAGES", packages);

        var clock = Stopwatch.StartNew();
        await repository.DotNetAsync(Repository, PackagingTimeouts.Pack, "pack", WriteSolutionFilter(), "-c", "Release", "-o", Feed, "-nologo");
        PackTime = clock.Elapsed;

        var templates = Directory.GetFiles(Feed, "DataApps.Templates.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(templates)["DataApps.Templates.".Length..];
        Assert.True(File.Exists(Path.Combine(Feed, $"DataApps.{Version}.nupkg")), $"The feed has no DataApps.{Version}.nupkg beside {templates}.");
        await Commands.DotNetAsync(Root, PackagingTimeouts.Short, "new", "install", templates, "--debug:custom-hive", Hive);

        File.WriteAllText(Path.Combine(Apps, "nuget.config"), $"""
            <configuration>
              <packageSources><add key="dataapps-local" value="{Feed}" /></packageSources>
              <packageSourceMapping>
                <packageSource key="dataapps-local"><package pattern="DataApps" /><package pattern="DataApps.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        if (Chromium.MissingReason is null)
        {
            Assertions.SetDefaultExpectTimeout((float)Timeouts.Expect.TotalMilliseconds);
            _playwright = await Playwright.CreateAsync();
            Browser = await Chromium.LaunchAsync(_playwright);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Browser = null;
        _playwright?.Dispose();
        _playwright = null;
        if (Root.Length == 0 || !Directory.Exists(Root))
        {
            return;
        }

        DeleteRunFileArtifacts();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a file still held; the system's temporary folder is cleaned eventually
        }
    }

    /// <summary>
    /// A solution filter of DataApps.sln with the projects that ship packages: src/, components/ (Directory.Build.props makes
    /// them packable) and templates/. Packing the whole solution would also build every test project in Release.
    /// </summary>
    private string WriteSolutionFilter()
    {
        var solution = Path.Combine(Repository, "DataApps.sln");
        var projects = ProjectPath().Matches(File.ReadAllText(solution)).Select(m => m.Groups[1].Value.Replace('\\', '/'))
            .Where(p => new[] { "src/", "components/", "templates/" }.Any(folder => p.StartsWith(folder, StringComparison.Ordinal)))
            .ToList();
        Assert.Contains("templates/DataApps.Templates/DataApps.Templates.csproj", projects);
        var filter = Path.Combine(Root, "packages.slnf");
        File.WriteAllText(filter, JsonSerializer.Serialize(new { solution = new { path = solution, projects } }));
        return filter;
    }

    /// <summary>Fails when a file above the apps folder would change how they build (MSBuild, the SDK and NuGet look upwards).</summary>
    private static void AssertNothingAbove(string folder)
    {
        string[] names = ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config", "NuGet.Config", "NuGet.config"];
        for (var dir = Directory.GetParent(folder); dir is not null; dir = dir.Parent)
        {
            var found = names.Select(n => Path.Combine(dir.FullName, n)).FirstOrDefault(File.Exists);
            Assert.True(found is null, $"{found} would apply to the apps the packaging tests create in {folder}; they must build as on a clean machine.");
        }
    }

    /// <summary>
    /// <c>dotnet run app.cs</c> builds under ~/.local/share/dotnet/runfile/NAME-HASH; remove the folders of this run's
    /// files (they name the file's path, which is under <see cref="Root"/>).
    /// </summary>
    private void DeleteRunFileArtifacts()
    {
        var runfile = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "dotnet", "runfile");
        if (!Directory.Exists(runfile))
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(runfile))
        {
            try
            {
                if (Directory.EnumerateFiles(dir, "*.rsp", SearchOption.AllDirectories).Any(f => File.ReadAllText(f).Contains(Root, StringComparison.Ordinal)))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // another user's folder, or one in use
            }
        }
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataApps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (DataApps.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("\"([^\"]+\\.csproj)\"")]
    private static partial Regex ProjectPath();
}

/// <summary>The packaging tests run alone, one after another: they build and restore, which takes both cores.</summary>
[CollectionDefinition(nameof(PackagingCollection), DisableParallelization = true)]
public sealed class PackagingCollection : ICollectionFixture<PackagingFixture>;

/// <summary>Bounds for the packaging tests' commands on a slow, shared machine; they bound a hang, no test asserts on time.</summary>
internal static class PackagingTimeouts
{
    public static readonly TimeSpan Pack = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Build = TimeSpan.FromMinutes(8);
    public static readonly TimeSpan Short = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan Start = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan BuildAndStart = TimeSpan.FromMinutes(8);
}
