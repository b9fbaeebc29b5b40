using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelServer.Endpoints;
using ModelServer.Faults;
using ModelServer.Metrics;
using ModelServer.Prediction;

namespace ModelServer;

/// <summary>Builds the service: settings (checked at startup), the model loaded in the background, the routes.</summary>
internal static class ModelServerApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var services = builder.Services;
        services.AddOptions<ModelServerOptions>().BindConfiguration(ModelServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FaultOptions>().BindConfiguration(FaultOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PredictionLogOptions>().BindConfiguration(PredictionLogOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ModelState>();
        services.AddSingleton<ServerMetrics>();
        services.AddSingleton<PredictionLog>();
        services.AddSingleton<FaultInjector>();
        services.TryAddSingleton<IModelSource, FlightModelSource>();
        services.AddHostedService<ModelLoader>();

        var app = builder.Build();
        app.MapModelServer();
        return app;
    }
}
