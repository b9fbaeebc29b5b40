using System.Text.RegularExpressions;

namespace DataApps.Deployment.Tests;

/// <summary>
/// The Dockerfile's build stage, done here without a Docker engine: its COPY lines fill a fresh folder from the build context
/// (what .dockerignore leaves), and its own <c>dotnet publish</c> command must build the app there.
/// </summary>
public sealed partial class DockerContextTests
{
    private static readonly string Dockerfile = Repository.PathOf("apps/Showcase/Dockerfile");

    [Theory]
    [InlineData("Showcase")]
    [InlineData("Labeling")]
    public void TheImageRunsAsANonRootUserOnTheRuntimeImageWithAHealthCheck(string app)
    {
        var text = File.ReadAllText(Repository.PathOf($"apps/{app}/Dockerfile"));

        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build", text);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime", text);
        Assert.Contains("USER $APP_UID", text);
        Assert.Contains("HEALTHCHECK", text);
        Assert.Contains("/healthz", text);
        Assert.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED=true", text);
    }

    [Fact]
    public void TheFeedbackStoresFolderIsAVolumeTheAppUserOwns()
    {
        var text = File.ReadAllText(Dockerfile);

        Assert.Contains("RUN mkdir -p /app/data && chown \"$APP_UID\" /app/data", text);
        Assert.Contains("VOLUME /app/data", text);
        Assert.True(text.IndexOf("chown", StringComparison.Ordinal) < text.IndexOf("USER $APP_UID", StringComparison.Ordinal), "The folder is made before the image switches to the app's user.");
    }

    [Fact]
    public void TheLabelingImageIsBuiltAsTheShowcasesFromItsOwnProject()
    {
        // Publishing takes minutes on two cores: the Showcase's build stage is published below, and the Labeling app's
        // must be the same stage for its own project (its references are under src/ and components/, copied by both).
        static string[] BuildStage(string app) => [.. File.ReadAllLines(Repository.PathOf($"apps/{app}/Dockerfile"))
            .SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).TakeWhile(l => !l.StartsWith("ENTRYPOINT", StringComparison.Ordinal))];
        var project = File.ReadAllText(Repository.PathOf("apps/Labeling/Labeling.csproj"));

        Assert.Equal(BuildStage("Showcase").Select(l => l.Replace("Showcase", "Labeling", StringComparison.Ordinal)), BuildStage("Labeling"));
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"Labeling.dll\"]", File.ReadAllText(Repository.PathOf("apps/Labeling/Dockerfile")));
        Assert.All(ProjectReference().Matches(project), m => Assert.Matches(@"^\.\.\\\.\.\\(src|components)\\", m.Groups[1].Value));
        Assert.Contains("CopyToPublishDirectory=\"PreserveNewest\"", project); // Data/items.json goes into the image
    }

    [Fact]
    public Task TheBuildContextPublishesTheAppWithTheDockerfilesCommand() =>
        PublishWithTheDockerfilesCommandAsync(Dockerfile, (context, output) =>
        {
            Assert.True(File.Exists(Path.Combine(output, "Showcase.dll")), "Showcase.dll was not published.");
            Assert.True(File.Exists(Path.Combine(output, "Showcase.staticwebassets.endpoints.json")), "The static web assets manifest was not published.");
            Assert.True(Directory.Exists(Path.Combine(output, "wwwroot", "_content", "DataApps.Components")), "The components' static assets were not published.");
            Assert.False(Directory.Exists(Path.Combine(context, "tests")), "tests/ must not be in the image's build context.");
        });

    /// <summary>Fills a fresh folder with the Dockerfile's COPY lines, runs its <c>dotnet publish</c> there, then checks (context, output).</summary>
    internal static async Task PublishWithTheDockerfilesCommandAsync(string dockerfile, Action<string, string> check)
    {
        var lines = File.ReadAllLines(dockerfile);
        var build = lines.SkipWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).Skip(1).TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var copies = build.Select(l => CopyLine().Match(l)).Where(m => m.Success).ToList();
        var publish = build.Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal))["RUN ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ignored = File.ReadAllLines(Repository.PathOf(".dockerignore"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Trim().TrimStart('*', '/').TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var context = Directory.CreateTempSubdirectory("dataapps-docker-context-");
        try
        {
            foreach (var copy in copies)
            {
                var destination = Path.Combine(context.FullName, copy.Groups["to"].Value.TrimStart('.', '/'));
                foreach (var source in copy.Groups["from"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    CopyIntoContext(Repository.PathOf(source.TrimEnd('/')), source.EndsWith('/') ? destination : Path.Combine(destination, Path.GetFileName(source)), ignored);
                }
            }

            var output = Path.Combine(context.FullName, "app");
            var args = publish.Skip(1).Select(a => a == "/app" ? output : a).ToList();
            var (exit, log) = await Repository.RunAsync("dotnet", args, context.FullName, TimeSpan.FromMinutes(10));

            Assert.True(exit == 0, log);
            check(context.FullName, output);
        }
        finally
        {
            context.Delete(recursive: true);
        }
    }

    private static void CopyIntoContext(string source, string destination, IReadOnlySet<string> ignored)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(source, destination, overwrite: true);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(ignored.Contains))
            {
                continue; // what .dockerignore leaves out of the context (bin/, obj/, node_modules/ …)
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"<ProjectReference Include=""([^""]+)""")]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"^COPY (?<from>(?!--)[^\n]+?) (?<to>\S+)$")]
    private static partial Regex CopyLine();
}
