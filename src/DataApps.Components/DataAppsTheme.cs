using System.Globalization;
using MudBlazor;
using MudBlazor.Utilities;

namespace DataApps;

/// <summary>Whether the app starts light, dark, or as the operating system is set.</summary>
public enum ThemeMode
{
    /// <summary>Follow the system's light or dark setting, also when it changes, until the user toggles the theme.</summary>
    System,

    /// <summary>Start light.</summary>
    Light,

    /// <summary>Start dark.</summary>
    Dark,
}

/// <summary>The app's look: colours, fonts, corner radius and the light/dark mode, set with <c>AddDataApps(o => o.Theme…)</c>.</summary>
/// <example>
/// <code>
/// builder.Services.AddDataApps(o =>
/// {
///     o.Theme.PrimaryColor = "#0f766e";
///     o.Theme.Font = "Inter, sans-serif";
/// });
/// </code>
/// </example>
public sealed class DataAppsTheme
{
    /// <summary>How the app starts; the user's toggle overrides it and is remembered by the browser.</summary>
    public ThemeMode Mode { get; set; } = ThemeMode.System;

    /// <summary>Whether the app bar shows the light/dark toggle.</summary>
    public bool ShowToggle { get; set; } = true;

    /// <summary>The primary colour (buttons, sliders, links, the app bar): any CSS colour MudBlazor reads (<c>#0f766e</c>, <c>rgb(15,118,110)</c>); MudBlazor's by default.</summary>
    public string? PrimaryColor { get; set; }

    /// <summary>The primary colour in the dark theme; <see cref="PrimaryColor"/> by default.</summary>
    public string? DarkPrimaryColor { get; set; }

    /// <summary>The page background in the light theme, or <c>null</c> for MudBlazor's.</summary>
    public string? BackgroundColor { get; set; }

    /// <summary>The page background in the dark theme, or <c>null</c> for MudBlazor's.</summary>
    public string? DarkBackgroundColor { get; set; }

    /// <summary>The font of text and widgets, as a CSS font-family list (<c>"Inter, sans-serif"</c>); Roboto by default.</summary>
    public string? Font { get; set; }

    /// <summary>The font of titles and headers; <see cref="Font"/> by default.</summary>
    public string? HeadingFont { get; set; }

    /// <summary>The font of code, <c>ui.Text</c> and JSON; the system's monospace font by default.</summary>
    public string? CodeFont { get; set; }

    /// <summary>The corner radius of buttons, inputs and boxes, as a CSS length (<c>8px</c>); MudBlazor's 4px by default.</summary>
    public string? BorderRadius { get; set; }

    /// <summary>Stylesheets added to every page's head, for fonts the app serves itself (<c>/fonts/inter.css</c>).</summary>
    public IList<string> Stylesheets { get; } = [];

    /// <summary>Changes MudBlazor's theme directly, after the settings above: everything MudBlazor themes.</summary>
    /// <example><c>o.Theme.Configure = theme => theme.PaletteLight.Secondary = "#ff4081";</c></example>
    public Action<MudTheme>? Configure { get; set; }

    /// <summary>The MudBlazor theme these settings make.</summary>
    /// <exception cref="InvalidOperationException">A colour, font or length is malformed; the message names the setting.</exception>
    internal MudTheme Build()
    {
        var theme = new MudTheme();
        if (Color(nameof(PrimaryColor), PrimaryColor) is { } primary)
        {
            theme.PaletteLight.Primary = primary;
            theme.PaletteLight.AppbarBackground = primary;
            theme.PaletteDark.Primary = primary;
        }

        if (Color(nameof(DarkPrimaryColor), DarkPrimaryColor) is { } darkPrimary)
        {
            theme.PaletteDark.Primary = darkPrimary;
        }

        if (Color(nameof(BackgroundColor), BackgroundColor) is { } background)
        {
            theme.PaletteLight.Background = background;
        }

        if (Color(nameof(DarkBackgroundColor), DarkBackgroundColor) is { } darkBackground)
        {
            theme.PaletteDark.Background = darkBackground;
        }

        if (Fonts(nameof(Font), Font) is { } font)
        {
            foreach (var typography in Typographies(theme.Typography))
            {
                typography.FontFamily = font;
            }
        }

        if (Fonts(nameof(HeadingFont), HeadingFont) is { } heading)
        {
            foreach (var typography in new BaseTypography[] { theme.Typography.H1, theme.Typography.H2, theme.Typography.H3, theme.Typography.H4, theme.Typography.H5, theme.Typography.H6 })
            {
                typography.FontFamily = heading;
            }
        }

        Fonts(nameof(CodeFont), CodeFont);
        if (Length(nameof(BorderRadius), BorderRadius) is { } radius)
        {
            theme.LayoutProperties.DefaultBorderRadius = radius;
        }

        foreach (var href in Stylesheets)
        {
            if (string.IsNullOrWhiteSpace(href) || href.IndexOfAny(['"', '<', '>']) >= 0)
            {
                throw new InvalidOperationException($"DataApps theme: the stylesheet '{href}' is not a usable address.");
            }
        }

        Configure?.Invoke(theme);
        return theme;
    }

    /// <summary>CSS custom properties for what MudBlazor does not theme (the code font), or <c>null</c>.</summary>
    internal string? ExtraCss() => CodeFont is { } code ? $":root {{ --da-font-code: {code}; }}" : null;

    private static string? Color(string setting, string? value)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return new MudColor(value.Trim()).ToString(MudColorOutputFormats.RGBA);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            throw new InvalidOperationException(
                $"DataApps theme: {setting} is '{value}', which is not a colour. Use a hex colour such as #0f766e, or rgb(15,118,110).", ex);
        }
    }

    private static string[]? Fonts(string setting, string? value)
    {
        if (value is null)
        {
            return null;
        }

        // The value lands in CSS: refuse what could end a declaration or a style element.
        if (string.IsNullOrWhiteSpace(value) || value.IndexOfAny([';', '{', '}', '<', '>']) >= 0)
        {
            throw new InvalidOperationException(
                $"DataApps theme: {setting} is '{value}', which is not a CSS font-family list. Use names separated by commas, such as \"Inter, sans-serif\".");
        }

        return [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string? Length(string setting, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim();
        var number = text.TrimEnd('p', 'x', 'r', 'e', 'm', '%');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || !(text.EndsWith("px", StringComparison.Ordinal) ||
            text.EndsWith("rem", StringComparison.Ordinal) || text.EndsWith("em", StringComparison.Ordinal) || text.EndsWith('%') || text == "0"))
        {
            throw new InvalidOperationException($"DataApps theme: {setting} is '{value}', which is not a CSS length. Use pixels or rems, such as 8px or 0.5rem.");
        }

        return text;
    }

    private static IEnumerable<BaseTypography> Typographies(Typography t) =>
        [t.Default, t.H1, t.H2, t.H3, t.H4, t.H5, t.H6, t.Subtitle1, t.Subtitle2, t.Body1, t.Body2, t.Button, t.Caption, t.Overline];
}
