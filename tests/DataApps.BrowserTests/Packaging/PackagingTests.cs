using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DataApps.BrowserTests.Packaging;

/// <summary>
/// The packages and templates as a user gets them: created from the feed the fixture packed, in a folder outside the
/// repository, built with warnings as errors, their generated tests run with <c>dotnet test</c>, and the apps started and
/// used in Chromium. Each test prints how long its steps took. Every command and browser wait is bounded
/// (<see cref="PackagingTimeouts"/>, <see cref="Timeouts"/>), and every process a test starts is killed with its children.
/// </summary>
[Collection(nameof(PackagingCollection))]
public sealed partial class PackagingTests(PackagingFixture fixture)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private Commands Commands => fixture.Commands;

    [Fact]
    public async Task TheAppTemplateBuildsPassesItsTestsAndItsSliderChangesTheTextInChromium()
    {
        Log($"feed packed once for the collection in {fixture.PackTime.TotalSeconds:0} s");
        var solution = await NewAsync(fixture.Apps, "dataapp", "-n", "sales-dashboard");
        AssertPackageReferences(Path.Combine(solution, "sales-dashboard", "sales-dashboard.csproj"), "DataApps");
        AssertPackageReferences(
            Path.Combine(solution, "sales-dashboard.Tests", "sales-dashboard.Tests.csproj"), "DataApps.Testing", "xunit.v3", "xunit.runner.visualstudio");
        AssertDockerfileNamesTheProject(solution, "sales-dashboard");
        Assert.False(File.Exists(Path.Combine(solution, "sales-dashboard", "Pages", "ReportsPage.cs")), "The page for signed-in analysts comes only with --auth oidc.");

        await BuildAsync(solution);
        var built = _clock.Elapsed;
        await TestAsync(solution);
        var tested = _clock.Elapsed - built;

        // The README's command, on a free port.
        await using (var app = await RunningApp.StartAsync(Commands, solution, PackagingTimeouts.Start, "run", "--no-build", "--project", "sales-dashboard"))
        {
            Log("app answering");
            await MovingTheSliderChangesTheTextAsync(app);
            Log($"dotnet new dataapp → first interactive page, without the generated tests: {(_clock.Elapsed - tested).TotalSeconds:0} s");
        }

        await ThePackagesAnalyzerWarnsAboutACatchThatSwallowsStopAsync(Path.Combine(solution, "sales-dashboard"));
    }

    /// <summary>DA0001 comes with the DataApps package: a page whose catch (Exception) swallows ui.Stop() gets the warning.</summary>
    private async Task ThePackagesAnalyzerWarnsAboutACatchThatSwallowsStopAsync(string project)
    {
        File.WriteAllText(Path.Combine(project, "Pages", "SwallowingPage.cs"), """
            using DataApps;

            [Page("/swallowing")]
            public sealed class SwallowingPage : DataPage
            {
                protected override void Run(Ui ui)
                {
                    try
                    {
                        ui.Stop();
                    }
                    catch (Exception ex)
                    {
                        ui.Error(ex.Message);
                    }
                }
            }
            """);

        // The template treats warnings as errors; as a warning here, so that the build succeeds and says what it found.
        var build = await Commands.DotNetAsync(project, PackagingTimeouts.Build, "build", "-nologo", "-p:TreatWarningsAsErrors=false");

        Assert.Matches(@"SwallowingPage\.cs\(10,\d+\): warning DA0001: ui\.Stop\(\) ends the run by throwing", build.Output);
        Log("DA0001 from the package");
    }

    [Fact]
    public async Task TheAppTemplateWithOidcBuildsAndPassesItsTests()
    {
        var solution = await NewAsync(fixture.Apps, "dataapp", "-n", "Acme.Sales", "--auth", "oidc");
        AssertPackageReferences(Path.Combine(solution, "Acme.Sales", "Acme.Sales.csproj"), "DataApps", "DataApps.Auth");
        Assert.Contains(".AddOidc(builder.Configuration)", File.ReadAllText(Path.Combine(solution, "Acme.Sales", "Program.cs")), StringComparison.Ordinal);
        Assert.Equal(
            DevIdentityProfile(Path.Combine(PackagingFixture.Repository, "apps", "Showcase", "Properties", "launchSettings.json")),
            DevIdentityProfile(Path.Combine(solution, "Acme.Sales", "Properties", "launchSettings.json")));

        Assert.True(File.Exists(Path.Combine(solution, "Acme.Sales.Tests", "ReportsPageTests.cs")), "The protected page's tests were not generated.");

        await BuildAsync(solution);
        var totals = await TestAsync(solution);

        Assert.True(totals.Total >= 9, $"The protected page's tests did not run beside the 6 of the other pages: {totals}.");
    }

    [Fact]
    public async Task TheSingleFileTemplateRunsWithDotNetRunAndItsSliderChangesTheTextInChromium()
    {
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Apps, "single-file")).FullName;
        await NewAsync(folder, "dataapp-file", "-n", "hello");
        var file = Path.Combine(folder, "hello.cs");
        Assert.Equal([$"#:package DataApps@{fixture.Version}"], File.ReadLines(file).Where(l => l.StartsWith("#:", StringComparison.Ordinal)));

        await using var app = await RunningApp.StartAsync(Commands, folder, PackagingTimeouts.BuildAndStart, "run", "hello.cs");
        Log("dotnet run hello.cs built and answering");
        await MovingTheSliderChangesTheTextAsync(app);
    }

    [Theory]
    [InlineData("Stepper", false)]
    [InlineData("Acme.Dial", true)]
    public async Task TheComponentTemplateBuildsPassesItsTestsAndPacks(string name, bool js)
    {
        string[] options = js ? ["--js"] : [];
        var solution = await NewAsync(fixture.Apps, ["dataapp-component", "-n", name, .. options]);
        AssertPackageReferences(Path.Combine(solution, name, name + ".csproj"), "DataApps.Components");
        AssertPackageReferences(Path.Combine(solution, name + ".Tests", name + ".Tests.csproj"), "DataApps.Testing", "bunit", "xunit.v3", "xunit.runner.visualstudio");

        await BuildAsync(solution);
        await TestAsync(solution);

        // Its package carries the README, the XML docs and, for a JS component, the module at the path the verb registers.
        var packages = Path.Combine(solution, "packages");
        await Commands.DotNetAsync(solution, PackagingTimeouts.Short, "pack", name, "-c", "Debug", "--no-build", "-o", packages, "-nologo");
        using var package = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(packages, "*.nupkg").Single());
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains($"lib/net10.0/{name}.xml", entries);
        if (js)
        {
            var module = Regex.Match(File.ReadAllText(Path.Combine(solution, name, "DialUi.cs")), "_content/Acme.Dial/([^\"]+)\"").Groups[1].Value;
            Assert.Contains($"staticwebassets/{module}", entries);
        }

        Log("packed");
    }

    [Fact]
    public async Task TheGettingStartedPathWithoutATemplateServesAPageWhoseSliderChangesTheText()
    {
        // docs/getting-started.md, section "Without a template", step by step. The test adds what a test needs and a user
        // does not: --debug:custom-hive on `dotnet new`, a build with warnings as errors before `dotnet run`, and
        // --no-build --urls on `dotnet run` (a free port).
        var doc = DocSection.Read(Path.Combine(PackagingFixture.Repository, "docs", "getting-started.md"), "Without a template");
        var folder = Directory.CreateDirectory(Path.Combine(fixture.Apps, "without-template")).FullName;
        RunningApp? app = null;
        try
        {
            foreach (var step in doc.Steps)
            {
                switch (step)
                {
                    case DocStep.WriteFile write:
                        var path = Path.Combine(folder, write.Path);
                        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                        File.WriteAllText(path, write.Content);
                        break;
                    case DocStep.Command { Words: ["cd", var dir] }:
                        folder = Path.Combine(folder, dir);
                        break;
                    case DocStep.Command { Words: ["dotnet", "new", .. var args] }:
                        await NewAsync(folder, [.. args]);
                        break;
                    case DocStep.Command { Words: ["dotnet", "run", .. var args] }:
                        await BuildAsync(folder);
                        app = await RunningApp.StartAsync(Commands, folder, PackagingTimeouts.Start, ["run", .. args, "--no-build"]);
                        break;
                    case DocStep.Command { Words: ["dotnet", .. var args] }:
                        await Commands.DotNetAsync(folder, PackagingTimeouts.Build, [.. args]);
                        Log(string.Join(' ', args));
                        break;
                    case DocStep.Command command:
                        Assert.Fail($"The doc's command `{command.Line}` is neither dotnet nor cd; teach this test to run it.");
                        break;
                }
            }

            Assert.True(app is not null, "The doc's section never runs the app (`dotnet run`).");
            var project = File.ReadAllText(Directory.GetFiles(folder, "*.csproj").Single());
            Assert.Contains($"Include=\"DataApps\" Version=\"{fixture.Version}\"", project, StringComparison.Ordinal);
            await MovingTheSliderChangesTheTextAsync(app);
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    private async Task<string> NewAsync(string folder, params string[] args)
    {
        await Commands.DotNetAsync(folder, PackagingTimeouts.Short, ["new", .. args, "--debug:custom-hive", fixture.Hive]);
        Log("dotnet new " + string.Join(' ', args));
        var name = args.SkipWhile(a => a != "-n").Skip(1).FirstOrDefault();
        return name is null ? folder : Path.Combine(folder, name);
    }

    private async Task BuildAsync(string folder)
    {
        await Commands.DotNetAsync(folder, PackagingTimeouts.Build, "build", "-warnaserror", "-nologo");
        Log("dotnet build -warnaserror");
    }

    /// <summary>Runs <c>dotnet test</c> and reads the totals Microsoft.Testing.Platform prints; every test must pass.</summary>
    private async Task<TestTotals> TestAsync(string folder)
    {
        var result = await Commands.DotNetAsync(folder, PackagingTimeouts.Build, "test", "--no-build");
        int Total(string name) => Regex.Matches(result.Output, $@"^\s+{name}: (\d+)", RegexOptions.Multiline)
            .Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var totals = new TestTotals(Total("total"), Total("succeeded"), Total("failed"), Total("skipped"));
        Assert.True(totals.Total > 0 && totals.Succeeded == totals.Total, $"`dotnet test` in {folder}: {totals}. Its output ends with:\n{result.Tail()}");
        Log($"dotnet test: {totals}");
        return totals;
    }

    /// <summary>Opens the app's home page, waits for its circuit, presses → on its first slider, and sees its first text change.</summary>
    private async Task MovingTheSliderChangesTheTextAsync(RunningApp app)
    {
        if (fixture.Browser is not { } browser)
        {
            var reason = Chromium.MissingReason ?? "The browser did not start.";
            Assert.False(Chromium.IsCi, reason + " Under CI=true the browser steps must run.");
            Assert.Skip(reason);
            return;
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            ColorScheme = ColorScheme.Light,
        });
        var console = new List<string>();
        try
        {
            context.SetDefaultTimeout((float)Timeouts.Action.TotalMilliseconds);
            context.SetDefaultNavigationTimeout((float)Timeouts.Navigation.TotalMilliseconds);
            var tab = await context.NewPageAsync();
            tab.Console += (_, m) => { if (m.Type is "error" or "warning") { lock (console) { console.Add($"console {m.Type}: {m.Text}"); } } };
            tab.PageError += (_, e) => { lock (console) { console.Add($"page error: {e}"); } };
            var page = new AppPage(tab);

            await page.GotoAsync("/");
            Log("first interactive page");
            var text = page.Elements("text").First;
            var before = await text.InnerTextAsync();
            var slider = page.Elements("slider").First.Locator("input[type=range]");
            await slider.FocusAsync();
            await page.InteractAsync(() => slider.PressAsync("ArrowRight"));

            await Expect(text).Not.ToHaveTextAsync(before);
            Log($"slider moved: \"{before}\" → \"{await text.InnerTextAsync()}\"");
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
        {
            lock (console)
            {
                throw new Xunit.Sdk.XunitException(
                    $"In Chromium at {app.Address}: {e.Message}\n{string.Join('\n', console)}\nThe app's output ends with:\n{app.OutputTail()}", e);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Asserts a project references exactly these packages, the DataApps ones at the version the feed was packed with.</summary>
    private void AssertPackageReferences(string project, params string[] packages)
    {
        var references = XDocument.Load(project).Descendants("PackageReference")
            .ToDictionary(r => (string)r.Attribute("Include")!, r => (string?)r.Attribute("Version"));
        Assert.Equal(packages.Order(StringComparer.Ordinal), references.Keys.Order(StringComparer.Ordinal));
        foreach (var (package, version) in references.Where(r => r.Key.StartsWith("DataApps", StringComparison.Ordinal)))
        {
            Assert.True(version == fixture.Version, $"{project} references {package} {version}, not the packed {fixture.Version}.");
        }
    }

    /// <summary>The generated Dockerfile copies the project's folder, publishes its project and starts its assembly.</summary>
    private static void AssertDockerfileNamesTheProject(string solution, string name)
    {
        var dockerfile = File.ReadAllText(Path.Combine(solution, name, "Dockerfile"));
        Assert.Contains($"COPY {name}/ {name}/", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"RUN dotnet publish {name}/{name}.csproj -c Release", dockerfile, StringComparison.Ordinal);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{name}.dll\"]", dockerfile, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", dockerfile, StringComparison.Ordinal);
    }

    private static string DevIdentityProfile(string launchSettings) =>
        JsonNode.Parse(File.ReadAllText(launchSettings))!["profiles"]!["dev-identity"]!.ToJsonString();

    private void Log(string step) =>
        TestContext.Current.TestOutputHelper?.WriteLine($"[{_clock.Elapsed.TotalSeconds,6:0.0} s] {step}");

    private sealed record TestTotals(int Total, int Succeeded, int Failed, int Skipped)
    {
        public override string ToString() => $"{Total} total, {Succeeded} succeeded, {Failed} failed, {Skipped} skipped";
    }
}
