using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Components.Tests.Components;

public sealed class JsComponentRegistrationTests
{
    [Theory]
    [InlineData(@"\\evil.example/x.js")]
    [InlineData(@"/\evil.example/x.js")]
    [InlineData("//evil.example/x.js")]
    [InlineData("https://evil.example/x.js")]
    [InlineData("HTTPS:evil.example/x.js")]
    [InlineData("data:text/javascript,alert(1)")]
    [InlineData("javascript:alert(1)")]
    [InlineData("_content/Lib/../../x.js")]
    [InlineData("_content/Lib/%2e%2e/x.js")]
    [InlineData("_content/Lib/x.js?v=1")]
    [InlineData("js/ x.js")]
    [InlineData("/")]
    public void AModuleOutsideTheAppIsRefusedAtRegistrationNamingComponentAndPath(string path)
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => new Builder(services).AddJsComponent("pad", path));

        Assert.Contains("JS component 'pad'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"not '{path}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AModuleOutsideTheAppIsRefusedWhenAddedToTheOptionsDirectly()
    {
        var options = new JsComponentOptions();

        var error = Assert.Throws<ArgumentException>(() => options.Add("pad", "data:text/javascript,alert(1)"));

        Assert.Contains("JS component 'pad'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_content/DataApps.Components.Canvas/canvas.js", "_content/DataApps.Components.Canvas/canvas.js")]
    [InlineData("/js/payload.js", "js/payload.js")]
    [InlineData("_content/@scope/lib~1/x+y.min.js", "_content/@scope/lib~1/x+y.min.js")]
    public void AnAppRelativeModuleIsRegistered(string path, string expected)
    {
        var services = new ServiceCollection();

        new Builder(services).AddJsComponent("pad", path);

        var options = services.BuildServiceProvider().GetRequiredService<IOptions<JsComponentOptions>>().Value;
        Assert.Equal(expected, options.ModuleFor("pad"));
    }

    private sealed class Builder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
