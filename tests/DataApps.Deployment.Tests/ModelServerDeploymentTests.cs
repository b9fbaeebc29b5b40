namespace DataApps.Deployment.Tests;

/// <summary>The model server's image and its place in docker-compose.yml and Prometheus's scrape targets.</summary>
public sealed class ModelServerDeploymentTests
{
    private static readonly string Dockerfile = Repository.PathOf("apps/ModelServer/Dockerfile");

    [Fact]
    public void TheImageRunsAsANonRootUserWithAHealthCheckAndAModelVolume()
    {
        var text = File.ReadAllText(Dockerfile);

        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build", text);
        Assert.Matches(@"FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime", text);
        Assert.Contains("USER $APP_UID", text);
        Assert.Contains("/healthz", text);
        Assert.Contains("ModelServer__ModelFolder=/models", text);
        Assert.Contains("chown \"$APP_UID\" /models", text);
    }

    [Fact]
    public Task TheBuildContextPublishesTheServiceWithTheFlightsData() =>
        DockerContextTests.PublishWithTheDockerfilesCommandAsync(Dockerfile, (_, output) =>
        {
            Assert.True(File.Exists(Path.Combine(output, "ModelServer.dll")), "ModelServer.dll was not published.");
            Assert.True(File.Exists(Path.Combine(output, "FlightDelays.dll")), "FlightDelays.dll was not published.");
            Assert.True(File.Exists(Path.Combine(output, "Data", "flights.csv")), "The flights data (for training at first start) was not published.");
        });

    [Fact]
    public async Task ComposeRunsTheServiceOnPort5002WithItsModelsInAVolume()
    {
        Repository.Require("docker-compose", "apt-get install docker-compose");

        var (exit, config) = await Repository.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], Repository.Root, TimeSpan.FromMinutes(1));

        Assert.Equal(0, exit);
        var start = config.IndexOf("\n  modelserver:", StringComparison.Ordinal);
        var end = config.IndexOf("\n  prometheus:", start, StringComparison.Ordinal); // services are listed in order of their names
        var service = config[start..end];
        Assert.Contains("dockerfile: apps/ModelServer/Dockerfile", service);
        Assert.Matches(@"published: 5002\s+target: 8080|- 5002:8080|- ""5002:8080""", service);
        Assert.Contains("modelserver-models:/models", service);
    }

    [Fact]
    public void PrometheusScrapesTheModelServer()
    {
        var prometheus = File.ReadAllText(Repository.PathOf("deploy/prometheus/prometheus.yml"));

        Assert.Contains("job_name: modelserver", prometheus);
        Assert.Contains("targets: [\"modelserver:8080\"]", prometheus);
    }
}
