using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Feedback;

/// <summary>Registers the feedback store that <c>DataApps:Feedback</c> chooses (SQLite unless it says otherwise).</summary>
internal static class FeedbackStores
{
    public static void Add(IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<FeedbackSettings>)))
        {
            return;
        }

        services.AddOptions<FeedbackSettings>().BindConfiguration(FeedbackSettings.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedbackSettings>, FeedbackSettingsValidation>();
        // An app or a test may register its own store, before or after: TryAdd keeps the first one, and a later registration wins.
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<IFeedbackStore>(services, Create);
    }

    /// <summary>The store of the app's settings; nothing is opened before its first use.</summary>
    public static IFeedbackStore Create(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<FeedbackSettings>>().Value; // validated (OptionsValidationException otherwise)
        var time = services.GetService<TimeProvider>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("DataApps.Feedback");
        return settings.ParsedProvider switch
        {
            FeedbackProvider.Memory => new DataApps.Feedback.MemoryFeedbackStore(time),
            FeedbackProvider.PostgreSql => new PostgresFeedbackStore(settings.ConnectionString!, time, logger),
            _ when settings.ConnectionString is { } connection => new SqliteFeedbackStore(connection, time, logger),
            _ => SqliteFeedbackStore.ForFile(SqlitePath(settings, services.GetService<IHostEnvironment>()), time, logger),
        };
    }

    /// <summary>The SQLite file: <c>Path</c>, relative to the content root, or <c>data/feedback.db</c> there.</summary>
    public static string SqlitePath(FeedbackSettings settings, IHostEnvironment? environment) =>
        Path.GetFullPath(Path.Combine(environment?.ContentRootPath ?? AppContext.BaseDirectory, settings.Path ?? FeedbackSettings.DefaultPath));

}
