using DataApps.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Testing.Tests;

/// <summary>AppTest runs a page as a given user: <c>ui.User</c>, and pages closed by <c>[Authorize]</c> as the app closes them.</summary>
public sealed class UserTests
{
    [Page("/ops", Title = "Ops")]
    [Authorize(Roles = "ops")]
    public sealed class OpsPage : DataPage
    {
        public static int Runs;

        protected override void Run(Ui ui)
        {
            Interlocked.Increment(ref Runs);
            ui.Text($"Hello {ui.User.Name}");
            if (ui.User.IsInRole("admin"))
            {
                ui.Button("Retrain");
            }
        }
    }

    [Page("/open", Title = "Open")]
    public sealed class OpenPage : DataPage
    {
        protected override void Run(Ui ui)
        {
            ui.Text(ui.User.IsAuthenticated ? $"Signed in: {ui.User.Name}" : "Anonymous");
            if (ui.Button("To ops"))
            {
                ui.SwitchPage<OpsPage>();
            }
        }
    }

    [Page("/policy", Title = "Policy")]
    [Authorize(Policy = "Analysts")]
    public sealed class PolicyPage : DataPage
    {
        protected override void Run(Ui ui) => ui.Text("analysis");
    }

    [Fact]
    public async Task APageRunsAsTheUserTheTestGives()
    {
        using var app = AppTest.For<OpsPage>();
        app.User = AppUser.Create("bob", "ops", "admin");

        await app.RunAsync();

        Assert.Equal(PageAccess.Allowed, app.Access);
        Assert.Equal("Hello bob", app.Get<TextElement>().Single().Text);
        Assert.Single(app.Get<ButtonElement>());
    }

    [Fact]
    public async Task AUserWithoutTheRoleIsForbiddenAndThePageNeverRuns()
    {
        using var app = AppTest.For<OpsPage>();
        app.User = AppUser.Create("alice", "analyst");
        var before = Volatile.Read(ref OpsPage.Runs);

        await app.RunAsync();

        Assert.Equal(PageAccess.Forbidden, app.Access);
        Assert.Empty(app.Elements);
        Assert.Equal(before, Volatile.Read(ref OpsPage.Runs));
    }

    [Fact]
    public async Task AnAnonymousUserMustSignInFirst()
    {
        using var app = AppTest.For<OpsPage>();

        await app.RunAsync();

        Assert.Equal(PageAccess.SignInRequired, app.Access);
        Assert.Empty(app.Elements);
    }

    [Fact]
    public async Task AnOpenPageSeesAnonymousByDefault()
    {
        using var app = AppTest.For<OpenPage>();

        await app.RunAsync();

        Assert.Equal("Anonymous", app.Get<TextElement>().Single().Text);
    }

    [Fact]
    public async Task ASwitchToAPageTheUserMayNotSeeShowsNothing()
    {
        using var app = AppTest.For<OpenPage>();
        app.User = AppUser.Create("carol");
        await app.RunAsync();

        app.Button("To ops").Click();
        await app.RunAsync();

        Assert.Equal(typeof(OpsPage), app.PageType);
        Assert.Equal(PageAccess.Forbidden, app.Access);
        Assert.Empty(app.Elements);
    }

    [Fact]
    public async Task PoliciesComeFromTheTestsServices()
    {
        using var app = AppTest.For<PolicyPage>(s => s.AddAuthorizationBuilder().AddPolicy("Analysts", p => p.RequireRole("analyst")));
        app.User = AppUser.Create("alice", "analyst");

        await app.RunAsync();

        Assert.Equal(PageAccess.Allowed, app.Access);
        Assert.Equal("analysis", app.Get<TextElement>().Single().Text);
    }
}
