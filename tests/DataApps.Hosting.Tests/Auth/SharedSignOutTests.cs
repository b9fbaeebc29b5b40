using System.Net;
using DataApps.Hosting.Tests.Operations;
using DataApps.Tests.Shared;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>Two replicas of the Showcase sharing a real Redis and signing in with the local provider: a sign-out on one is honoured by the other.</summary>
public sealed class SharedSignOutTests(SharedSignOutTests.Fixture apps) : IClassFixture<SharedSignOutTests.Fixture>
{
    public sealed class Fixture : SignInApps
    {
        private const string Binary = "/usr/bin/redis-server";

        // Started before the apps (their settings name it); skipped by the test when redis-server is missing.
        internal RedisServer? Redis { get; } = File.Exists(Binary) ? RedisServer.Start() : null;

        private protected override IReadOnlyList<Func<DevIdentity, Dictionary<string, string?>>> AppSettings =>
        [
            p => new Dictionary<string, string?>(p.Settings()) { ["DataApps:Redis"] = Redis?.Connection },
            p => new Dictionary<string, string?>(p.Settings()) { ["DataApps:Redis"] = Redis?.Connection },
        ];

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Redis?.Dispose();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACookieSignedOutOnOneReplicaIsRefusedByTheOther()
    {
        apps.Require();
        if (apps.Redis is null)
        {
            using var _ = RedisServer.Start(); // skips (fails under CI) with the reason
        }

        var (first, second) = (apps.Addresses[0], apps.Addresses[1]);
        using var client = new SignInClient();
        var signedIn = await client.SignInAsync(new Uri(first, "account/login?returnUrl=/sign-in"), "bob");
        var copy = new CookieContainer();
        var cookie = client.Cookies.GetCookies(first).Single(c => c.Name == ".DataApps.Auth");
        copy.Add(second, new Cookie(cookie.Name, cookie.Value, "/", second.Host));
        using var replay = new SignInClient(copy);
        using (var before = await replay.GetOnceAsync(new Uri(second, "sign-in/members")))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode); // the other replica reads the cookie (shared keys)
        }

        await client.PostAsync(new Uri(first, "account/logout"), [new("__RequestVerificationToken", SignInClient.AntiforgeryToken(signedIn))]);
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 50 && status == HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(100, Ct); // the other replica asks Redis again about a sign-in it found valid after a second
            using var after = await replay.GetOnceAsync(new Uri(second, "sign-in/members"));
            status = after.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, status);
    }
}
