namespace ModelServer.Tests;

/// <summary>
/// deploy/prometheus/modelserver-rules.yml computes the PSI of the inputs against the training shares: checked with
/// <c>promtool test rules</c> on series named and labelled as the service exports them (see MetricsTests).
/// </summary>
public sealed class DriftRuleTests
{
    [Fact]
    public async Task PsiIsZeroForTrainingLikeInputsAndGrowsWhenTheInputsShift()
    {
        Promtool.Require();
        var rules = Path.Combine(RepositoryRoot(), "deploy", "prometheus", "modelserver-rules.yml");
        // Training: hours half 0-5, half 6-8; distances all 0-250. Live over 30 min: hours 9:1 per minute (shifted),
        // distances all 0-250 (stable). PSI(hour) = 0.4 ln(0.9/0.5) + (-0.4) ln(0.1/0.5) = 0.87888983…
        var test = $$"""
            rule_files: ["{{rules}}"]
            evaluation_interval: 1m
            tests:
              - interval: 1m
                input_series:
                  - series: 'modelserver_training_share{feature="hour",bucket="0-5",job="modelserver",instance="a:8080"}'
                    values: '0.5x30'
                  - series: 'modelserver_training_share{feature="hour",bucket="6-8",job="modelserver",instance="a:8080"}'
                    values: '0.5x30'
                  - series: 'modelserver_training_share{feature="distance",bucket="0-250",job="modelserver",instance="a:8080"}'
                    values: '1x30'
                  - series: 'modelserver_input_bucket_total{feature="hour",bucket="0-5",job="modelserver",instance="a:8080"}'
                    values: '0+9x30'
                  - series: 'modelserver_input_bucket_total{feature="hour",bucket="6-8",job="modelserver",instance="a:8080"}'
                    values: '0+1x30'
                  - series: 'modelserver_input_bucket_total{feature="distance",bucket="0-250",job="modelserver",instance="a:8080"}'
                    values: '0+10x30'
                promql_expr_test:
                  - expr: modelserver:psi:15m
                    eval_time: 30m
                    exp_samples:
                      - labels: 'modelserver:psi:15m{feature="distance"}'
                        value: 0
                      - labels: 'modelserver:psi:15m{feature="hour"}'
                        value: 0.8788898309344878
                  - expr: modelserver:input_share:15m{feature="hour"}
                    eval_time: 30m
                    exp_samples:
                      - labels: 'modelserver:input_share:15m{feature="hour",bucket="0-5"}'
                        value: 0.9
                      - labels: 'modelserver:input_share:15m{feature="hour",bucket="6-8"}'
                        value: 0.1
            """;
        var file = Path.Combine(Path.GetTempPath(), $"modelserver-psi-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(file, test, TestContext.Current.CancellationToken);
        try
        {
            var (exit, output) = await Promtool.RunAsync(["test", "rules", file]);

            Assert.True(exit == 0, output);
            Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task PrometheusLoadsTheDriftRulesWithItsConfiguration()
    {
        Promtool.Require();

        var (exit, output) = await Promtool.RunAsync(["check", "config", Path.Combine(RepositoryRoot(), "deploy", "prometheus", "prometheus.yml")]);

        Assert.True(exit == 0, output);
        Assert.Contains("3 rules found", output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataApps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (DataApps.sln) was not found above " + AppContext.BaseDirectory);
    }
}
