using MudBlazor;

namespace DataApps.Components.Tests.Shell;

public sealed class DataAppsThemeTests
{
    [Fact]
    public void WithNothingSetTheThemeIsMudBlazorsOwn()
    {
        var theme = new DataAppsTheme().Build();
        var mud = new MudTheme();

        Assert.Equal(mud.PaletteLight.Primary.ToString(), theme.PaletteLight.Primary.ToString());
        Assert.Equal(mud.Typography.Default.FontFamily, theme.Typography.Default.FontFamily);
        Assert.Null(new DataAppsTheme().ExtraCss());
    }

    [Fact]
    public void ThePrimaryColourColoursBothThemesAndTheAppBarUnlessTheDarkOneIsGiven()
    {
        var both = new DataAppsTheme { PrimaryColor = "#0f766e" }.Build();
        var split = new DataAppsTheme { PrimaryColor = "#0f766e", DarkPrimaryColor = "rgb(45,212,191)" }.Build();

        Assert.Equal("rgba(15,118,110,1)", both.PaletteLight.Primary.ToString());
        Assert.Equal("rgba(15,118,110,1)", both.PaletteLight.AppbarBackground.ToString());
        Assert.Equal("rgba(15,118,110,1)", both.PaletteDark.Primary.ToString());
        Assert.Equal("rgba(45,212,191,1)", split.PaletteDark.Primary.ToString());
    }

    [Fact]
    public void BackgroundsAreSetPerMode()
    {
        var theme = new DataAppsTheme { BackgroundColor = "#fafafa", DarkBackgroundColor = "#111111" }.Build();

        Assert.Equal("rgba(250,250,250,1)", theme.PaletteLight.Background.ToString());
        Assert.Equal("rgba(17,17,17,1)", theme.PaletteDark.Background.ToString());
    }

    [Fact]
    public void TheFontSetsEveryTypographyAndTheHeadingFontOnlyTheHeadings()
    {
        var theme = new DataAppsTheme { Font = "Inter, sans-serif", HeadingFont = "Merriweather, serif" }.Build();

        Assert.Equal(["Inter", "sans-serif"], theme.Typography.Body1.FontFamily!);
        Assert.Equal(["Inter", "sans-serif"], theme.Typography.Button.FontFamily!);
        Assert.Equal(["Merriweather", "serif"], theme.Typography.H3.FontFamily!);
    }

    [Fact]
    public void TheCodeFontAndRadiusReachTheirCssProperties()
    {
        var settings = new DataAppsTheme { CodeFont = "JetBrains Mono, monospace", BorderRadius = "8px" };

        var theme = settings.Build();

        Assert.Equal("8px", theme.LayoutProperties.DefaultBorderRadius);
        Assert.Equal(":root { --da-font-code: JetBrains Mono, monospace; }", settings.ExtraCss());
    }

    [Fact]
    public void ConfigureChangesTheMudBlazorThemeLast()
    {
        var theme = new DataAppsTheme { PrimaryColor = "#0f766e", Configure = t => t.PaletteLight.Secondary = "#ff4081" }.Build();

        Assert.Equal("rgba(255,64,129,1)", theme.PaletteLight.Secondary.ToString());
    }

    [Theory]
    [InlineData("PrimaryColor", "teal-ish", "not a colour")]
    [InlineData("Font", "Inter; color: red", "not a CSS font-family list")]
    [InlineData("CodeFont", "</style><script>", "not a CSS font-family list")]
    [InlineData("BorderRadius", "eight", "not a CSS length")]
    public void AMalformedSettingIsRefusedNamingIt(string setting, string value, string reason)
    {
        var theme = new DataAppsTheme();
        typeof(DataAppsTheme).GetProperty(setting)!.SetValue(theme, value);

        var error = Assert.Throws<InvalidOperationException>(theme.Build);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
