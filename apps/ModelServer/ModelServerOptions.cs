using System.ComponentModel.DataAnnotations;

namespace ModelServer;

/// <summary>The service's settings (section <c>ModelServer</c>); checked at startup, a bad value stops the service with its name.</summary>
internal sealed class ModelServerOptions
{
    public const string Section = "ModelServer";

    /// <summary>Where the trained model is cached (a .zip per model version); empty = the user's local data folder.</summary>
    public string? ModelFolder { get; set; }

    /// <summary>The flights CSV to train on and to take the training distribution from; empty = the copy beside the app.</summary>
    public string? DataPath { get; set; }

    /// <summary>Train on the first N rows of the training split only (0 = all): quick demos and tests.</summary>
    [Range(0, int.MaxValue)]
    public int TrainingRows { get; set; }

    /// <summary>The most inputs one batch request may carry.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>The largest request body /predict reads, in bytes.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The model folder used when <see cref="ModelFolder"/> is empty: ~/.local/share/DataApps/ModelServer/models on Linux.</summary>
    public static string DefaultModelFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "DataApps", "ModelServer", "models");

    public string ResolvedModelFolder => string.IsNullOrWhiteSpace(ModelFolder) ? DefaultModelFolder : ModelFolder;
}

/// <summary>Fault injection for demos and tests (section <c>ModelServer:Faults</c>); off by default, reloadable while running.</summary>
internal sealed class FaultOptions
{
    public const string Section = "ModelServer:Faults";

    /// <summary>Every /predict request waits this long before it answers.</summary>
    [Range(0, 60_000)]
    public int DelayMs { get; set; }

    /// <summary>The share of /predict requests that answer 503 instead of a prediction (0 = none, 1 = all: "down").</summary>
    [Range(0.0, 1.0)]
    public double FailureRate { get; set; }

    /// <summary>Whether the X-Fault-Delay-Ms and X-Fault-Fail request headers are honoured; unset = only in Development.</summary>
    public bool? AllowHeaders { get; set; }
}

/// <summary>The prediction log (section <c>ModelServer:PredictionLog</c>): an in-memory ring and, when a path is set, a JSON lines file.</summary>
internal sealed class PredictionLogOptions
{
    public const string Section = "ModelServer:PredictionLog";

    /// <summary>How many of the latest predictions GET /predictions can return.</summary>
    [Range(1, 1_000_000)]
    public int Capacity { get; set; } = 10_000;

    /// <summary>A JSON lines file every prediction is appended to; empty = no file.</summary>
    public string? Path { get; set; }

    /// <summary>When the file would grow past this size it is renamed to <c>&lt;path&gt;.1</c> (replacing the older one) and a new file starts.</summary>
    [Range(4_096, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
}
