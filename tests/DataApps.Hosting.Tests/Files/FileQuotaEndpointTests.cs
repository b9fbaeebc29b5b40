using System.Net;
using System.Net.Http.Json;
using DataApps.Files;
using DataApps.Hosting.Files;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Json = System.Text.Json.JsonElement;

namespace DataApps.Hosting.Tests.Files;

/// <summary>The upload quotas come from <c>DataApps:Files</c> and an upload over them is refused with the message the widget shows.</summary>
public sealed class FileQuotaEndpointTests
{
    private const string Browser = "QuotaBrowserDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUploadOverTheConfiguredSessionQuotaIsRefusedWith413AndAMessageForTheWidget()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("DataApps:Files:SessionQuota", "1048576")
            .UseSetting("DataApps:Files:UnclaimedUploadLifetime", "00:01:00"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{FileOwner.CookieName}={Browser}");
        var store = app.Services.GetRequiredService<FileStore>();
        var files = store.Open();
        files.BindOwner("browser:" + Browser);
        files.RegisterUploader("w", null, []);

        var first = await client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=a.csv&size=800000", null, Ct);
        var second = await client.PostAsync($"{files.BaseUrl}/uploads?widget=w&name=b.csv&size=300000", null, Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, second.StatusCode);
        Assert.Equal("b.csv (293 KB) does not fit in this page's upload space: 781 KB of 1 MB is in use. Remove a file and try again.",
            (await second.Content.ReadFromJsonAsync<Json>(Ct)).GetProperty("message").GetString());
        Assert.Equal(TimeSpan.FromMinutes(1), store.Limits.UnclaimedUploadLifetime);
    }
}
