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

    /// <summary>The upload quotas and how long unclaimed uploads are kept (<c>DataApps:Files</c>).</summary>
    /// <example><c>builder.Services.AddDataApps(o => o.Files.SessionQuota = 2L * 1024 * 1024 * 1024);</c></example>
    public DataAppsFileOptions Files { get; } = new();

    /// <summary>
    /// The most characters a text input or text area sends (1,048,576 by default). Values over the circuit's 32 KB message
    /// limit are streamed to the server in chunks; a value over this limit is not sent, and the field says so.
    /// </summary>
    /// <example><c>builder.Services.AddDataApps(o => o.MaxTextLength = 4 * 1024 * 1024);</c></example>
    public int MaxTextLength { get; set; } = 1024 * 1024;

    /// <summary>
    /// The most characters a cell of <c>ui.DataFrame</c> or <c>ui.Table</c> shows (1,000 by default); a longer value is cut
    /// with "…" and a button beside it downloads the full value.
    /// </summary>
    /// <example><c>builder.Services.AddDataApps(o => o.MaxCellLength = 5_000);</c></example>
    public int MaxCellLength { get; set; } = 1000;

    /// <summary>
    /// Whether the first request of a visit renders the page's output into the HTML, so it is painted before the circuit
    /// connects; the circuit then continues the same session without running the page again. On by default.
    /// </summary>
    public bool Prerender { get; set; } = true;

    /// <summary>
    /// How long a prerendered session waits for the browser's circuit to claim it (20 s by default); one that is not claimed
    /// by then (a crawler, a script, a closed tab) is disposed, and its fragments' timers never start.
    /// </summary>
    public TimeSpan PrerenderHandoffTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many prerendered sessions one client address may have waiting for their circuits (16 by default); the oldest is disposed to make room.</summary>
    public int PrerenderHandoffsPerClient { get; set; } = 16;

    /// <summary>How long a prerendering request waits for the page's first run before it sends what is there; the rest arrives over the circuit.</summary>
    public TimeSpan PrerenderWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a run of a page may take (60 s by default). Past it the run's <c>ui.CancellationToken</c> is cancelled; code
    /// that does not stop within 2 s more is abandoned (its thread is lost until the code returns) and the page shows an error.
    /// A page sets its own with <see cref="PageAttribute.RunTimeoutSeconds"/>; <see cref="Timeout.InfiniteTimeSpan"/> or zero turns the budget off.
    /// </summary>
    /// <example><c>builder.Services.AddDataApps(o => o.RunTimeout = TimeSpan.FromMinutes(5));</c></example>
    public TimeSpan RunTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How wide pages are unless their <see cref="PageAttribute.Layout"/> says otherwise; centered by default, as in Streamlit.</summary>
    /// <example><c>builder.Services.AddDataApps(o => o.Layout = PageLayout.Wide);</c></example>
    public PageLayout Layout { get; set; } = PageLayout.Centered;

    /// <summary>The app's colours, fonts and light/dark mode.</summary>
    /// <example><c>builder.Services.AddDataApps(o => o.Theme.PrimaryColor = "#0f766e");</c></example>
    public DataAppsTheme Theme { get; } = new();

    /// <summary>
    /// Whether the first frame is styled by the small set of MudBlazor rules DataApps pages use (mudblazor-critical.css) while
    /// the full MudBlazor stylesheet and the scripts load after it; pages look the same once the full sheet has applied.
    /// On by default; turn it off when a custom renderer uses MudBlazor components the Showcase does not, so their styles
    /// are there from the first frame too, or when a Content-Security-Policy forbids inline scripts.
    /// </summary>
    /// <example><c>builder.Services.AddDataApps(o => o.CriticalCss = false);</c></example>
    public bool CriticalCss { get; set; } = true;
}
