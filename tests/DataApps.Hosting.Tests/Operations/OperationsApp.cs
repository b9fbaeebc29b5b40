using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DataApps.Hosting.Tests.Operations;

/// <summary>The Showcase (which calls <c>AddOperations</c>) in the test server, with extra settings and the app's own logging left as it is.</summary>
/// <param name="settings">Configuration beyond the Showcase's.</param>
/// <param name="caller">Who calls: the remote address (loopback by default, as an operator's curl on the machine) and whether signed in.</param>
/// <param name="services">Services added after the app's.</param>
internal sealed class OperationsApp(IReadOnlyDictionary<string, string?>? settings = null, OperationsApp.Caller? caller = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The caller every request of the test server comes from.</summary>
    public sealed record Caller(IPAddress Address, bool SignedIn = false)
    {
        public static Caller Local { get; } = new(IPAddress.Loopback);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<IStartupFilter>(new CallerFilter(caller ?? Caller.Local));
            services?.Invoke(s);
        });
        settings ??= new Dictionary<string, string?>();

        // Settings read while services are added (DataApps:…) must be host settings. Serilog's section is read later, and
        // must not be: host settings give every parent section an empty value, which Serilog takes for a sink's name.
        foreach (var (key, value) in settings.Where(s => !s.Key.StartsWith("Serilog:", StringComparison.Ordinal)))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings.Where(s => s.Key.StartsWith("Serilog:", StringComparison.Ordinal))));
    }
}

/// <summary>The test server has no remote address: this one sets the caller's, and a signed-in user if it is one, first in the pipeline.</summary>
file sealed class CallerFilter(OperationsApp.Caller caller) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            context.Connection.RemoteIpAddress = caller.Address;
            if (caller.SignedIn)
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "alice")], "Test", "name", "role"));
            }

            return following(context);
        });
        next(app);
    };
}

/// <summary>The Prometheus text format, parsed into samples.</summary>
internal static class Prometheus
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public static IReadOnlyList<Sample> Parse(string text) =>
        [.. text.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line =>
            {
                var brace = line.IndexOf('{', StringComparison.Ordinal);
                var space = line.LastIndexOf(' ');
                var name = brace >= 0 ? line[..brace] : line[..space];
                var labels = brace >= 0
                    ? System.Text.RegularExpressions.Regex.Matches(line[(brace + 1)..line.LastIndexOf('}')], "(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"")
                        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value)
                    : [];
                var value = line[(space + 1)..] switch
                {
                    "+Inf" => double.PositiveInfinity,
                    "-Inf" => double.NegativeInfinity,
                    "NaN" => double.NaN,
                    var v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture),
                };
                return new Sample(name, labels, value);
            })];
}
