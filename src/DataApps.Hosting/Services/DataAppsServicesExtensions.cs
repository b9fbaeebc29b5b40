using DataApps;
using DataApps.Hosting.Services;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds typed HTTP clients for model services, with timeouts, retries and a circuit breaker, and their health probe.</summary>
public static class DataAppsServicesExtensions
{
    /// <summary>The configuration section of the service called <paramref name="name"/>: <c>DataApps:Services:&lt;name&gt;</c>.</summary>
    /// <param name="name">The service's name.</param>
    /// <returns>The section's path.</returns>
    public static string ServiceSection(string name) => $"{DataAppsServiceCollectionExtensions.ConfigurationSection}:Services:{name}";

    /// <summary>
    /// Adds <typeparamref name="TClient"/> as a typed HTTP client of the service called <paramref name="name"/>: its base
    /// address, timeouts, retries and circuit breaker come from <see cref="ModelServiceOptions"/> in
    /// <c>DataApps:Services:&lt;name&gt;</c> (checked at startup), through the standard resilience pipeline of
    /// Microsoft.Extensions.Http.Resilience. Pages take <typeparamref name="TClient"/> in their constructor; <see cref="ServiceProbe"/>
    /// checks the service's health for <c>ui.ServiceStatus</c>.
    /// </summary>
    /// <typeparam name="TClient">A class whose constructor takes an <see cref="HttpClient"/>.</typeparam>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="name">The service's name: the configuration key, the HTTP client's name and the name <see cref="ServiceProbe"/> knows.</param>
    /// <returns>The HTTP client's builder, to add handlers of your own.</returns>
    /// <example><c>builder.Services.AddDataApps().AddPagesFrom(typeof(Program).Assembly).AddModelService&lt;SentimentClient&gt;("sentiment");</c></example>
    public static IHttpClientBuilder AddModelService<TClient>(this IDataAppsBuilder builder, string name)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = builder.Services;
        services.AddOptions<ModelServiceOptions>(name).BindConfiguration(ServiceSection(name)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ModelServiceOptions>>(new ModelServiceOptionsValidation(name));
        services.TryAddSingleton(sp => new ServiceProbe(
            sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptionsMonitor<ModelServiceOptions>>(), sp.GetService<TimeProvider>()));

        // The probe's own client: one attempt, its own timeout, no retries (a health check that retries hides the latency it measures).
        services.AddHttpClient(ServiceProbe.ClientName(name), (sp, client) =>
        {
            var options = Options(sp, name);
            client.BaseAddress = options.Url;
            client.Timeout = options.ProbeTimeout;
        });

        var http = services.AddHttpClient<TClient>(name, (sp, client) =>
        {
            var options = Options(sp, name);
            client.BaseAddress = options.Url;
            client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's total timeout decides, and says how long in its exception
        });
        http.AddStandardResilienceHandler().Configure((resilience, sp) =>
        {
            // Invalid options stop the start with their own message (ValidateOnStart above); saying it twice helps no one.
            try
            {
                Tune(resilience, Options(sp, name));
            }
            catch (OptionsValidationException)
            {
            }
        });
        return http;
    }

    private static ModelServiceOptions Options(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<ModelServiceOptions>>().Get(name);

    // The standard pipeline (total timeout → retry → circuit breaker → attempt timeout), with defaults for an interactive page:
    // a user waits for the answer, so retries start after 200 ms, and a few failed calls open the circuit instead of a hundred.
    private static void Tune(HttpStandardResilienceOptions resilience, ModelServiceOptions options)
    {
        resilience.TotalRequestTimeout.Timeout = options.Timeout;
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.Retries);
        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        if (options.Retries == 0)
        {
            resilience.Retry.ShouldHandle = static _ => PredicateResult.False();
        }

        resilience.CircuitBreaker.MinimumThroughput = options.BreakAfter;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.BreakDuration = options.BreakFor;
        // The pipeline requires a sampling window of at least twice the attempt timeout.
        var window = TimeSpan.FromSeconds(30);
        resilience.CircuitBreaker.SamplingDuration = window > options.AttemptTimeout * 2 ? window : options.AttemptTimeout * 2;
    }
}
