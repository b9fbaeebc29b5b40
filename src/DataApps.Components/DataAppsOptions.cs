namespace DataApps;

/// <summary>Options of a DataApps app, set with <c>AddDataApps(o => …)</c>.</summary>
public sealed class DataAppsOptions
{
    /// <summary>The app title in the app bar and the browser tab.</summary>
    public string Title { get; set; } = "DataApps";

    /// <summary>Show exception types and stack traces in the page; <c>null</c> shows them in Development only.</summary>
    public bool? ShowErrorDetails { get; set; }

    /// <summary>How often the output of a long run is pushed to the browser while it runs; zero waits for the run to end.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(16);

    /// <summary>The largest file an upload widget accepts, in bytes (200 MB by default, like Streamlit); widgets can only lower it.</summary>
    /// <example><c>builder.Services.AddDataApps(o => o.MaxUploadSize = 2L * 1024 * 1024 * 1024);</c></example>
    public long MaxUploadSize { get; set; } = 200L * 1024 * 1024;
}
