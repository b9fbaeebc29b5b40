using Microsoft.Extensions.Configuration;
using ModelCompare.SignIn;

namespace ModelCompare.Tests.App;

public sealed class SignInSetupTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void DevelopmentWithoutAuthRunsWithSignInOff() =>
        Assert.Equal(SignInMode.Off, SignInSetup.Resolve("Development", Config(), authSwitch: false));

    [Fact]
    public void TheAuthSwitchSignsInThroughTheLocalProvider() =>
        Assert.Equal(SignInMode.DevIdentity, SignInSetup.Resolve("Development", Config(), authSwitch: true));

    [Fact]
    public void AConfiguredProviderWinsInAnyEnvironment()
    {
        var config = Config(("DataApps:Auth:Mode", "Oidc"));

        Assert.Equal(SignInMode.Configured, SignInSetup.Resolve("Production", config, authSwitch: false));
        Assert.Equal(SignInMode.Configured, SignInSetup.Resolve("Development", config, authSwitch: true));
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void OutsideDevelopmentWithoutAuthTheAppRefusesToStartAndSaysWhatToSet(string environment)
    {
        var e = Assert.Throws<InvalidOperationException>(() => SignInSetup.Resolve(environment, Config(("DataApps:Auth:Mode", "None")), authSwitch: false));

        Assert.Contains($"DataApps:Auth:Mode is not set (environment {environment})", e.Message, StringComparison.Ordinal);
        Assert.Contains("DataApps__Auth__Authority", e.Message, StringComparison.Ordinal);
        Assert.Contains("--auth", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DevIdentitySettingsPointAtTheLocalProvider()
    {
        var settings = SignInSetup.DevIdentitySettings();

        Assert.Equal("http://127.0.0.1:5099", settings["DataApps:Auth:Authority"]);
        Assert.Equal("realm_access.roles", settings["DataApps:Auth:RoleClaim"]);
        Assert.Equal("false", settings["DataApps:Auth:RequireHttpsMetadata"]);
    }
}
