using System.Text.Json;
using DataApps.Auth;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>A provider whose answers the test sets: userinfo claims, refreshed tokens, refusals and outages; it records each call.</summary>
internal sealed class FakeIdentityProvider : IIdentityProviderClient
{
    public string UserInfo { get; set; } = """{"sub":"alice","realm_access":{"roles":["analyst"]}}""";

    public ProviderAnswer UserInfoAnswer { get; set; }

    public RefreshedTokens Refreshed { get; set; } = new("a2", "r2", null, 3600);

    public ProviderAnswer RefreshAnswer { get; set; }

    public List<string> Log { get; } = [];

    public int Calls => Log.Count;

    public Task<(ProviderAnswer Answer, RefreshedTokens? Tokens)> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        Log.Add("refresh " + refreshToken);
        return Task.FromResult<(ProviderAnswer, RefreshedTokens?)>((RefreshAnswer, RefreshAnswer == ProviderAnswer.Ok ? Refreshed : null));
    }

    public Task<(ProviderAnswer Answer, JsonElement? Claims)> UserInfoAsync(string accessToken, CancellationToken cancellationToken)
    {
        Log.Add("userinfo " + accessToken);
        return Task.FromResult<(ProviderAnswer, JsonElement?)>(UserInfoAnswer == ProviderAnswer.Ok ? (ProviderAnswer.Ok, JsonDocument.Parse(UserInfo).RootElement.Clone()) : (UserInfoAnswer, null));
    }
}
