using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DataApps.Tests.Shared;

/// <summary>
/// The local OpenID Connect provider (tools/dev-identity: the certified <c>oidc-provider</c> package on Node.js) started on
/// 127.0.0.1 for one test class, with the app addresses it may redirect to. Users: alice (analyst), bob (ops, analyst), carol
/// (no role); each password is the user name.
/// </summary>
internal sealed class DevIdentity : IDisposable
{
    private readonly Process _process;

    private DevIdentity(Process process, Uri authority)
    {
        _process = process;
        Authority = authority;
    }

    /// <summary>The provider's issuer, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public Uri Authority { get; }

    /// <summary>Whether tests run under CI, where a missing provider is a failure rather than a skip.</summary>
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder of the provider (tools/dev-identity in the repository).</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tools", "dev-identity");

    /// <summary>Why the provider cannot start here, or <c>null</c> when it can.</summary>
    public static string? MissingReason { get; } =
        !OnPath("node") ? "Node.js (node) is not installed; the sign-in tests start the local OIDC provider with it."
        : !Directory.Exists(Path.Combine(Folder, "node_modules", "oidc-provider")) ? $"The OIDC provider's packages are not installed: run `npm ci --prefix {Folder}` (tests/run.sh does)."
        : null;

    /// <summary>A free TCP port on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the provider for apps at <paramref name="appUrls"/>; access and id tokens live <paramref name="tokenLifetime"/>; on <paramref name="port"/> when given (a free one otherwise).</summary>
    public static async Task<DevIdentity> StartAsync(IEnumerable<Uri> appUrls, TimeSpan? tokenLifetime = null, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("node", "server.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEV_IDENTITY_PORT"] = port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DEV_IDENTITY_APP_URLS"] = string.Join(',', appUrls.Select(u => u.GetLeftPart(UriPartial.Authority)));
        start.Environment["DEV_IDENTITY_ADMIN"] = "true"; // SetRolesAsync
        start.Environment["DEV_IDENTITY_TOKEN_TTL"] = ((int)(tokenLifetime ?? TimeSpan.FromHours(1)).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var authority = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var response = await http.GetAsync(new Uri(authority, ".well-known/openid-configuration"));
                if (response.IsSuccessStatusCode)
                {
                    return new DevIdentity(process, authority);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        lock (output)
        {
            throw new InvalidOperationException($"The local OIDC provider did not start on port {port}:\n{output}");
        }
    }

    /// <summary>Gives <paramref name="user"/> the roles <paramref name="roles"/> from now on (the provider's development-only admin endpoint).</summary>
    public async Task SetRolesAsync(string user, params string[] roles)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(roles), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PutAsync(new Uri(Authority, $"admin/users/{Uri.EscapeDataString(user)}/roles"), body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The provider did not change the roles of {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The <c>DataApps:Auth</c> settings of an app signing in here (mode Oidc unless <paramref name="mode"/> says Entra).</summary>
    public Dictionary<string, string?> Settings(string mode = "Oidc", string clientId = "dataapps", string roleClaim = "realm_access.roles") =>
        SettingsFor(Authority, mode, clientId, roleClaim);

    /// <summary>The <c>DataApps:Auth</c> settings of an app signing in at <paramref name="authority"/> (a provider started there, or one not running).</summary>
    public static Dictionary<string, string?> SettingsFor(Uri authority, string mode = "Oidc", string clientId = "dataapps", string roleClaim = "realm_access.roles") => new()
    {
        ["DataApps:Auth:Mode"] = mode,
        ["DataApps:Auth:Authority"] = authority.ToString().TrimEnd('/'),
        ["DataApps:Auth:ClientId"] = clientId,
        ["DataApps:Auth:ClientSecret"] = clientId + "-secret",
        ["DataApps:Auth:RequireHttpsMetadata"] = "false",
        ["DataApps:Auth:RoleClaim"] = roleClaim,
        ["DataApps:Auth:Scopes:0"] = "openid",
        ["DataApps:Auth:Scopes:1"] = "profile",
        ["DataApps:Auth:Scopes:2"] = "email",
        ["DataApps:Auth:Scopes:3"] = "roles",
        ["DataApps:Auth:Scopes:4"] = "offline_access",
    };

    public void Dispose()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataApps.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
