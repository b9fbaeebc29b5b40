using System.Text.Json;

namespace DataApps.Deployment.Tests;

/// <summary>docker-compose.yml brings up the realistic stack: it validates, has every service, and its parts agree with each other.</summary>
public sealed class ComposeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TheComposeFileValidates()
    {
        Repository.Require("docker-compose", "apt-get install docker-compose");

        var (exit, output) = await Repository.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], Repository.Root, Timeout);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task TheStackHasTheAppKeycloakSeqPrometheusRedisAProxyAndTheModelServer()
    {
        Repository.Require("docker-compose", "apt-get install docker-compose");

        var (exit, output) = await Repository.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config", "--services"], Repository.Root, Timeout);

        Assert.Equal(0, exit);
        Assert.Equal(["keycloak", "labeling", "modelcompare", "modelserver", "postgres", "prometheus", "proxy", "redis", "seq", "showcase"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order());
    }

    [Fact]
    public async Task TheAppSignsInWithTheRealmsClientAndRoles()
    {
        Repository.Require("docker-compose", "apt-get install docker-compose");
        var (_, config) = await Repository.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], Repository.Root, Timeout);
        using var realm = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("deploy/keycloak/dataapps-realm.json")));
        var client = realm.RootElement.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("clientId").GetString() == "dataapps");
        var users = realm.RootElement.GetProperty("users").EnumerateArray().ToDictionary(
            u => u.GetProperty("username").GetString()!,
            u => u.GetProperty("realmRoles").EnumerateArray().Select(r => r.GetString()!).Where(r => !r.StartsWith("default-", StringComparison.Ordinal)).Order().ToArray());

        Assert.Contains("DataApps__Auth__ClientSecret: " + client.GetProperty("secret").GetString(), config);
        Assert.Contains("DataApps__Auth__Authority: http://localhost:8081/realms/" + realm.RootElement.GetProperty("realm").GetString(), config);
        Assert.Contains("DataApps__Auth__RoleClaim: realm_access.roles", config);
        Assert.Equal(["http://localhost:8080/signin-oidc", "http://localhost:8082/signin-oidc"], client.GetProperty("redirectUris").EnumerateArray().Select(u => u.GetString())); // the proxy; ModelCompare
        Assert.Contains("- \"8080:80\"", File.ReadAllText(Repository.PathOf("docker-compose.yml"))); // the proxy at http://localhost:8080
        Assert.Equal(["analyst"], users["alice"]);
        Assert.Equal(["analyst", "ops"], users["bob"]);
        Assert.Empty(users["carol"]);
        Assert.Contains(client.GetProperty("protocolMappers").EnumerateArray(), m =>
            m.GetProperty("config").GetProperty("claim.name").GetString() == "realm_access.roles"
            && m.GetProperty("config").GetProperty("id.token.claim").GetString() == "true");
    }

    [Fact]
    public async Task TheLabelingAppSignsInWithItsOwnClientAndKeepsLabelsInPostgres()
    {
        Repository.Require("docker-compose", "apt-get install docker-compose");
        var (_, config) = await Repository.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], Repository.Root, Timeout);
        using var realm = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("deploy/keycloak/dataapps-realm.json")));
        var client = realm.RootElement.GetProperty("clients").EnumerateArray().Single(c => c.GetProperty("clientId").GetString() == "dataapps-labeling");
        var dana = realm.RootElement.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("username").GetString() == "dana");
        var labeling = Section(config, "labeling", "postgres");
        var postgres = Section(config, "postgres", "prometheus");

        Assert.Contains("DataApps__Auth__ClientSecret: " + client.GetProperty("secret").GetString(), labeling);
        Assert.Equal(["http://localhost:8083/signin-oidc"], client.GetProperty("redirectUris").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("published: 8083", labeling);
        Assert.Contains(dana.GetProperty("realmRoles").EnumerateArray(), r => r.GetString() == "reviewer");
        Assert.Contains("DataApps__Feedback__Provider: PostgreSql", labeling);
        Assert.Matches(@"DataApps__Feedback__ConnectionString: Host=postgres;Database=labeling;Username=dataapps;Password=(\S+)", labeling);
        Assert.Contains("image: postgres:16-alpine", postgres);
        Assert.Contains("- postgres-data:/var/lib/postgresql/data", postgres); // the data lives in a volume
    }

    [Fact]
    public async Task RedisKeepsItsDataInAVolume()
    {
        Repository.Require("docker-compose", "apt-get install docker-compose");

        var (exit, config) = await Repository.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config"], Repository.Root, Timeout);

        Assert.Equal(0, exit);
        var start = config.IndexOf("\n  redis:", StringComparison.Ordinal);
        var end = config.IndexOf("\n  seq:", start, StringComparison.Ordinal); // services are listed in order of their names
        var redis = config[start..end];
        Assert.Matches(@"- --appendonly\s+- ""yes""", redis); // every write is kept, not only snapshots
        Assert.Contains("- redis-data:/data", redis); // the official image writes to /data
    }

    [Fact]
    public void TheProxyUpgradesWebSocketsKeepsAffinityAndForwardsTheScheme()
    {
        var nginx = File.ReadAllText(Repository.PathOf("deploy/nginx/nginx.conf"));

        Assert.Contains("ip_hash;", nginx);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx);
        Assert.Contains("proxy_set_header Connection $connection_upgrade;", nginx);
        Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme;", nginx);
        Assert.Contains("server showcase:8080;", nginx);
    }

    [Theory]
    [InlineData("deploy/nginx/nginx.conf")]
    [InlineData("docs/deploy/ingress.yaml")]
    public void TheProxyKeepsReadinessAndMetricsInside(string file)
    {
        var proxy = File.ReadAllText(Repository.PathOf(file));

        Assert.Contains("location = /metrics { deny all; }", proxy);
        Assert.Contains("location = /readyz { deny all; }", proxy);
    }

    [Fact]
    public void PrometheusScrapesEveryReplicasMetrics()
    {
        var prometheus = File.ReadAllText(Repository.PathOf("deploy/prometheus/prometheus.yml"));

        Assert.Contains("metrics_path: /metrics", prometheus);
        Assert.Contains("names: [showcase]", prometheus);
        Assert.Contains("port: 8080", prometheus);
    }

    /// <summary>One service's part of <c>docker-compose config</c>'s output (services are listed in order of their names).</summary>
    private static string Section(string config, string service, string next)
    {
        var start = config.IndexOf($"\n  {service}:", StringComparison.Ordinal);
        return config[start..config.IndexOf($"\n  {next}:", start, StringComparison.Ordinal)];
    }
}
