using Microsoft.Extensions.Options;
using MudBlazor;

namespace DataApps.Components.Shell;

/// <summary>The app's theme, built once from <see cref="DataAppsTheme"/> (a malformed setting fails at startup, in <c>MapDataApps</c>).</summary>
internal sealed class AppTheme(IOptions<DataAppsOptions> options)
{
    private readonly Lazy<MudTheme> _mud = new(options.Value.Theme.Build);

    public DataAppsTheme Settings { get; } = options.Value.Theme;

    public MudTheme Mud => _mud.Value;

    /// <summary>A style element's content for what MudBlazor does not theme, or <c>null</c>.</summary>
    public string? ExtraCss => Settings.ExtraCss();
}
