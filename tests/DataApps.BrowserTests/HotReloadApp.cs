namespace DataApps.BrowserTests;

/// <summary>
/// The app the hot-reload test edits: a web project in a temporary directory outside the repository, as an app author has it.
/// </summary>
/// <remarks>
/// It references this repository's DataApps.Hosting project by absolute path for now; when <c>dotnet new dataapp</c> and a
/// packed local feed exist, <see cref="Create"/> becomes "generate the app from the template" and nothing else changes.
/// Outside the repository no Directory.Build.props applies, so the project asks for Blazor's scripts itself
/// (<c>RequiresAspNetWebAssets</c>), as the DataApps package's buildTransitive props do for package references.
/// </remarks>
internal static class HotReloadApp
{
    /// <summary>The page's file, relative to the app's directory.</summary>
    public const string PageFile = "CounterPage.cs";

    /// <summary>Creates the app in a new temporary directory and returns that directory.</summary>
    public static string Create()
    {
        var directory = Directory.CreateTempSubdirectory("dataapps-hotreload-").FullName;
        var hosting = Path.Combine(Screenshots.RepositoryRoot(), "src", "DataApps.Hosting", "DataApps.Hosting.csproj");
        File.WriteAllText(Path.Combine(directory, "HotReloadApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RequiresAspNetWebAssets>true</RequiresAspNetWebAssets>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{hosting}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddDataApps(o => o.Title = "Hot reload").AddPagesFrom(typeof(Program).Assembly);
            var app = builder.Build();
            app.MapDataApps();
            app.Run();
            """);
        File.WriteAllText(Path.Combine(directory, PageFile), Page("Value"));
        return directory;
    }

    /// <summary>The page's source: a slider, a counter in <c>ui.State</c>, and a text that starts with <paramref name="label"/>.</summary>
    /// <param name="label">What the text says before the values.</param>
    /// <param name="reading">How <c>Reading</c> is declared; changing a record into a struct is a rude edit.</param>
    public static string Page(string label, string reading = "public sealed record Reading(int Value);") => $$"""
        using DataApps;

        {{reading}}

        [Page("/", Title = "Counter")]
        public sealed class CounterPage : DataPage
        {
            protected override void Run(Ui ui)
            {
                var n = ui.Slider("n", 0, 100, 10);
                var clicks = ui.State.GetOrAdd("clicks", 0);
                if (ui.Button("+1"))
                {
                    ui.State["clicks"] = ++clicks;
                }

                var reading = new Reading(n);
                ui.Text($"{{label}}: {reading.Value}, clicks {clicks}");
            }
        }
        """;

    /// <summary>Deletes the app's directory, whatever is left in it.</summary>
    public static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going away: the temporary directory is cleaned up by the system.
        }
    }
}
