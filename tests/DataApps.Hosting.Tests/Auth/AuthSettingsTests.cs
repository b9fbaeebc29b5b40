using DataApps.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>Misconfigured sign-in stops the app at startup with a message naming the key.</summary>
public sealed class AuthSettingsTests
{
    private static Exception? AddOidc(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("DataApps:Auth:" + s.Key, (string?)s.Value))).Build();
        return Record.Exception(() => new ServiceCollection().AddDataApps().AddOidc(configuration));
    }

    [Fact]
    public void NoSectionMeansAnonymous() => Assert.Null(AddOidc());

    [Theory]
    [InlineData("Oidc", "DataApps:Auth:ClientId")]
    [InlineData("Entra", "DataApps:Auth:ClientId")]
    public void AModeWithoutAClientIdNamesTheKey(string mode, string key)
    {
        var error = AddOidc(("Mode", mode));

        Assert.IsType<InvalidOperationException>(error);
        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void OidcWithoutAnAuthorityNamesTheKey() =>
        Assert.Contains("DataApps:Auth:Authority is missing", AddOidc(("Mode", "Oidc"), ("ClientId", "app"))!.Message);

    [Fact]
    public void ANegativeProviderOutageGraceNamesTheKey() =>
        Assert.Contains("DataApps:Auth:ProviderOutageGrace must not be negative",
            AddOidc(("Mode", "Oidc"), ("ClientId", "app"), ("Authority", "https://id.example.com"), ("ProviderOutageGrace", "-00:01:00"))!.Message);

    [Fact]
    public void EntraWithoutATenantNamesTheKey() =>
        Assert.Contains("DataApps:Auth:TenantId", AddOidc(("Mode", "Entra"), ("ClientId", "app"))!.Message);

    [Fact]
    public void PlainHttpMetadataIsRefusedForARemoteProvider() =>
        Assert.Contains("DataApps:Auth:RequireHttpsMetadata", AddOidc(("Mode", "Oidc"), ("ClientId", "app"), ("Authority", "http://idp.example.com"), ("RequireHttpsMetadata", "false"))!.Message);

    [Fact]
    public void PlainHttpMetadataIsAllowedOnThisMachine() =>
        Assert.Null(AddOidc(("Mode", "Oidc"), ("ClientId", "app"), ("Authority", "http://127.0.0.1:5099"), ("RequireHttpsMetadata", "false")));

    [Fact]
    public void AMalformedAuthorityIsNamed() =>
        Assert.Contains("DataApps:Auth:Authority is 'not a url'", AddOidc(("Mode", "Oidc"), ("ClientId", "app"), ("Authority", "not a url"))!.Message);

    [Fact]
    public void RequiringSignInWithoutAModeIsRefused() =>
        Assert.Contains("DataApps:Auth:RequireSignIn", AddOidc(("RequireSignIn", "true"))!.Message);

    [Fact]
    public void AnUnknownModeIsAConfigurationError() =>
        Assert.NotNull(AddOidc(("Mode", "Saml")));
}
