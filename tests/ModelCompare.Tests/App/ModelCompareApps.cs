using DataApps;
using DataApps.Testing;
using FlightDelays;
using Microsoft.Extensions.DependencyInjection;
using ModelCompare.Data;
using ModelCompare.Models;
using ModelCompare.SignIn;

namespace ModelCompare.Tests.App;

/// The app's services for AppTest, as Program registers them, with small settings (a training sample, two models).
internal static class ModelCompareApps
{
    public static ModelCompareSettings Settings(string dataFolder, int largeRows = 1_000_000) => new()
    {
        DataFolder = dataFolder,
        TrainingRows = 3000,
        LargeRows = largeRows,
        Kinds = [ModelKind.LogisticRegression, ModelKind.FastTree],
    };

    public static AppTest For<TPage>(ModelCompareSettings settings, SignInMode mode = SignInMode.Off)
        where TPage : class, IDataPage
    {
        var app = AppTest.For<TPage>(services => services
            .AddLogging()
            .AddSingleton(settings)
            .AddSingleton<FlightSets>()
            .AddSingleton<ModelCatalog>()
            .AddModelCompareAccess(mode));
        app.Timeout = TimeSpan.FromSeconds(60); // the first run of a class trains two small models
        return app;
    }
}

/// A data folder for one test class, where its models are trained once and then loaded (DelayModel.LoadOrTrain).
public sealed class ModelFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("modelcompare-").FullName;

    internal ModelCompareSettings Settings => ModelCompareApps.Settings(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
