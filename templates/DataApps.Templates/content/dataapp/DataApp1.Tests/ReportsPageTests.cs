using DataApp1.Data;
using DataApp1.Pages;
using DataApps;
using DataApps.Auth;
using DataApps.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DataApp1.Tests;

// AppTest decides who may see a page as the app does, from its [Authorize] attribute.
public sealed class ReportsPageTests
{
    [Fact]
    public async Task AnAnonymousUserMustSignIn()
    {
        using var app = AppTest.For<ReportsPage>(s => s.AddSingleton<SalesData>());

        await app.RunAsync();

        Assert.Equal(PageAccess.SignInRequired, app.Access);
        Assert.Empty(app.Elements);
    }

    [Fact]
    public async Task AUserWithoutTheAnalystRoleIsForbidden()
    {
        using var app = AppTest.For<ReportsPage>(s => s.AddSingleton<SalesData>());
        app.User = AppUser.Create("carol");

        await app.RunAsync();

        Assert.Equal(PageAccess.Forbidden, app.Access);
    }

    [Fact]
    public async Task AnAnalystSeesTheReport()
    {
        using var app = AppTest.For<ReportsPage>(s => s.AddSingleton<SalesData>());
        app.User = AppUser.Create("alice", "analyst");

        await app.RunAsync();

        Assert.Equal(PageAccess.Allowed, app.Access);
        Assert.Equal("Signed in as alice", app.Get<TextElement>().Single().Text);
        Assert.Equal(4, app.Get<TableElement>().Single().RowCount);
    }
}
