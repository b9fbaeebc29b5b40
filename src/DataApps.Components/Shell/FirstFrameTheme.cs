using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;

namespace DataApps.Components.Shell;

/// <summary>
/// One palette's CSS variables under a selector of its own, written by MudBlazor's theme provider itself, for the frames
/// painted before the circuit knows which palette the user sees.
/// </summary>
/// <remarks>
/// Note [First-frame theme]: the prerendered page cannot know the browser's dark-mode setting or the user's stored choice, so
/// MainLayout's theme provider writes the palette of the configured mode (light for <see cref="ThemeMode.System"/>) and the
/// circuit corrected it a second or so later: a dark-mode user saw a light page first. Now an inline script at the top of
/// App.razor's head, before anything is parsed or painted, writes the mode the circuit will choose onto <c>&lt;html
/// data-da-theme&gt;</c> (the stored choice, else the system's setting in <see cref="ThemeMode.System"/>, else the configured
/// mode), and until the circuit has decided, MainLayout adds the other palette under <c>:root[data-da-theme=dark]</c> (or
/// <c>=light</c>), which wins over the provider's <c>:root</c> only where it applies. Once the circuit has decided, that block
/// goes and the provider's palette is the right one, in the same render. The variables are MudBlazor's own (this component is
/// a theme provider that only writes its theme), so they follow MudBlazor upgrades. Without scripts the configured palette
/// shows, as before.
/// </remarks>
internal sealed class FirstFrameTheme : MudThemeProvider
{
    /// <summary>The selector the palette applies to, in place of <c>:root</c>.</summary>
    [Parameter, EditorRequired]
    public string Selector { get; set; } = default!;

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        // BuildTheme gives "<style …>:root{ one declaration per line }</style>"; only the palette differs between the modes.
        var css = BuildTheme();
        var start = css.IndexOf(":root{", StringComparison.Ordinal);
        var end = css.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return; // not the shape this was written against: the provider's own palette alone, as before
        }

        var rule = new StringBuilder(Selector).Append('{');
        foreach (var line in css[(start + ":root{".Length)..end].Split('\n'))
        {
            var declaration = line.Trim();
            if (declaration.StartsWith("--mud-palette-", StringComparison.Ordinal) || declaration.StartsWith("--mud-native-html-color-scheme", StringComparison.Ordinal))
            {
                rule.Append(declaration);
            }
        }

        builder.OpenElement(0, "style");
        builder.AddAttribute(1, "data-da-first-frame", "");
        builder.AddMarkupContent(2, rule.Append('}').ToString()); // CSS text, not HTML: kept as MudBlazor wrote it
        builder.CloseElement();
    }

    /// <summary>Nothing after rendering: no system watch and no script check (the layout's provider does those).</summary>
    protected override Task OnAfterRenderAsync(bool firstRender) => Task.CompletedTask;

    /// <summary>
    /// Nothing to undo. (MudBlazor's disposal stops the page's dark-mode watch, which is shared: disposing this block when the
    /// circuit has decided stopped the layout's provider from following the system.)
    /// </summary>
    protected override ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
