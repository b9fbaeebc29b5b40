using DataApps.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.PromQL;

/// <summary>One real Prometheus scraping one <see cref="MetricsTarget"/> every second, shared by a test class; ready once it holds four scrapes.</summary>
public sealed class PrometheusFixture : IAsyncLifetime
{
    private MetricsTarget? _target;
    private PrometheusServer? _prometheus;
    private ServiceProvider? _services;

    /// <summary>The client as an app gets it: AddPrometheus with DataApps:Prometheus:Url.</summary>
    public PrometheusClient Client
    {
        get
        {
            PrometheusServer.SkipUnlessInstalled();
            return _services!.GetRequiredService<PrometheusClient>();
        }
    }

    /// <summary>Prometheus' base address.</summary>
    public Uri PrometheusUrl
    {
        get
        {
            PrometheusServer.SkipUnlessInstalled();
            return _prometheus!.Url;
        }
    }

    /// <summary>The scrape target's address (not a Prometheus).</summary>
    public Uri TargetAddress => _target!.Address;

    public async ValueTask InitializeAsync()
    {
        if (PrometheusServer.MissingReason is not null)
        {
            return; // each test skips (or fails under CI=true) with the reason
        }

        var ct = TestContext.Current.CancellationToken;
        _target = await MetricsTarget.StartAsync(ct);
        _prometheus = await PrometheusServer.StartAsync(_target.Address.Authority, ct);
        await _prometheus.EventuallyAsync("count_over_time(requests_total{route=\"/a\"}[1m]) >= 4", ct);
        _services = Services(_prometheus.Url);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _prometheus?.Dispose();
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
    }

    /// <summary>Services with AddPrometheus and the given settings of the DataApps:Prometheus section.</summary>
    public static ServiceProvider Services(Uri? url, params (string Key, string Value)[] settings) =>
        Configure(new ServiceCollection(), url, settings).BuildServiceProvider();

    /// <summary>Adds AddPrometheus and the given settings of the DataApps:Prometheus section to <paramref name="services"/>.</summary>
    public static IServiceCollection Configure(IServiceCollection services, Uri? url, params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => $"DataApps:Prometheus:{s.Key}", s => (string?)s.Value);
        if (url is not null)
        {
            values["DataApps:Prometheus:Url"] = url.ToString();
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        new Builder(services).AddPrometheus();
        return services;
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
