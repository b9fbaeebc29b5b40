using ModelServer.Prediction;

namespace ModelServer.Load;

/// <summary>The <c>load</c> command: checks the arguments, samples the flights data, runs the load and prints the report.</summary>
internal static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var (options, error) = LoadOptions.Parse(args);
        if (options is null)
        {
            await output.WriteLineAsync(error);
            return 2;
        }

        var samples = FlightModelSource.SampleInputs(null);
        await output.WriteLineAsync($"Sending {options.Count} predictions to {options.Url} ({options.Rps}/s for {options.Seconds} s, drift {options.Drift:0.##})…");
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var report = await LoadGenerator.RunAsync(options, client, samples, cancellationToken);
        await output.WriteLineAsync(report.ToString());
        return report.ByStatus.Keys.All(s => s == 200) ? 0 : 1;
    }
}
