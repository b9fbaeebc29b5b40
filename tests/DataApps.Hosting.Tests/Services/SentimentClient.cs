using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Services;

/// <summary>A typed client as an app writes one: its constructor takes the <see cref="HttpClient"/> that AddModelService configures.</summary>
internal sealed class SentimentClient(HttpClient http)
{
    public async Task<Prediction> PredictAsync(string text, CancellationToken ct, string? test = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "predict") { Content = JsonContent.Create(new Review(text)) };
        request.Headers.Add("X-Test", test ?? "");
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Prediction>(ct))!;
    }
}

/// <summary>Services with one model service called "sentiment", configured from in-memory settings as appsettings.json would.</summary>
internal static class SentimentServices
{
    public static ServiceProvider Build(Uri url, params (string Key, string Value)[] settings) =>
        Configure(new ServiceCollection(), url, settings).BuildServiceProvider();

    public static IServiceCollection Configure(IServiceCollection services, Uri? url, params (string Key, string Value)[] settings)
    {
        var values = settings.ToDictionary(s => $"DataApps:Services:sentiment:{s.Key}", s => (string?)s.Value);
        if (url is not null)
        {
            values["DataApps:Services:sentiment:Url"] = url.ToString();
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        new Builder(services).AddModelService<SentimentClient>("sentiment");
        return services;
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
