using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Tests;

public sealed class MapDataAppsTests
{
    [Fact]
    public async Task AnAppWithoutPagesFailsAtStartupNamingTheCallToAdd()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddDataApps();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapDataApps());

        Assert.Contains("AddPagesFrom", error.Message, StringComparison.Ordinal);
    }
}
