using System.Security.Claims;
using DataApps.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Tests.Auth;

/// <summary>Who may see a page, from the attributes on its class, evaluated by ASP.NET Core's authorization.</summary>
public sealed class PageAuthorizerTests
{
    private sealed class Open : DataPage { protected override void Run(Ui ui) { } }

    [Authorize]
    private sealed class Members : DataPage { protected override void Run(Ui ui) { } }

    [Authorize(Roles = "ops,admin")]
    private sealed class Ops : DataPage { protected override void Run(Ui ui) { } }

    [Authorize(Roles = "ops")]
    [Authorize(Roles = "admin")]
    private sealed class OpsAndAdmin : DataPage { protected override void Run(Ui ui) { } }

    [Authorize(Policy = "Analysts")]
    private sealed class Analysts : DataPage { protected override void Run(Ui ui) { } }

    [Authorize(Policy = "Nobody added this")]
    private sealed class UnknownPolicy : DataPage { protected override void Run(Ui ui) { } }

    [AllowAnonymous]
    [Authorize(Roles = "ops")]
    private sealed class Anonymous : DataPage { protected override void Run(Ui ui) { } }

    private static PageAuthorizer Authorizer(bool requireSignIn = false)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAuthorizationBuilder().AddPolicy("Analysts", p => p.RequireRole("analyst"));
        var provider = services.BuildServiceProvider();
        return new PageAuthorizer(provider.GetRequiredService<IAuthorizationPolicyProvider>(), provider.GetRequiredService<IAuthorizationService>(),
            Options.Create(new SignInSettings { RequireSignIn = requireSignIn }));
    }

    private static ClaimsPrincipal User(params string[] roles) => AppUser.Create("u", roles).Principal;

    [Theory]
    [InlineData(typeof(Open), PageAccess.Allowed)]
    [InlineData(typeof(Members), PageAccess.SignInRequired)]
    [InlineData(typeof(Ops), PageAccess.SignInRequired)]
    [InlineData(typeof(Anonymous), PageAccess.Allowed)]
    public async Task AnAnonymousUser(Type page, PageAccess expected) =>
        Assert.Equal(expected, await Authorizer().CheckAsync(null, page));

    [Theory]
    [InlineData(typeof(Members), PageAccess.Allowed)]
    [InlineData(typeof(Ops), PageAccess.Forbidden)]
    [InlineData(typeof(Analysts), PageAccess.Allowed)]
    public async Task AnAnalyst(Type page, PageAccess expected) =>
        Assert.Equal(expected, await Authorizer().CheckAsync(User("analyst"), page));

    [Fact]
    public async Task RolesInOneAttributeAreAlternativesAndAttributesAllHold()
    {
        var authorizer = Authorizer();

        Assert.Equal(PageAccess.Allowed, await authorizer.CheckAsync(User("admin"), typeof(Ops)));
        Assert.Equal(PageAccess.Forbidden, await authorizer.CheckAsync(User("ops"), typeof(OpsAndAdmin)));
        Assert.Equal(PageAccess.Allowed, await authorizer.CheckAsync(User("ops", "admin"), typeof(OpsAndAdmin)));
    }

    [Fact]
    public async Task RequireSignInClosesPagesWithoutAttributesButNotAllowAnonymous()
    {
        var authorizer = Authorizer(requireSignIn: true);

        Assert.Equal(PageAccess.SignInRequired, await authorizer.CheckAsync(null, typeof(Open)));
        Assert.Equal(PageAccess.Allowed, await authorizer.CheckAsync(User(), typeof(Open)));
        Assert.Equal(PageAccess.Allowed, await authorizer.CheckAsync(null, typeof(Anonymous)));
    }

    [Fact]
    public async Task AnUnknownPolicyNamesThePage()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Authorizer().CheckAsync(null, typeof(UnknownPolicy)));

        Assert.Contains(nameof(UnknownPolicy), error.Message);
        Assert.Contains("Nobody added this", error.Message);
    }
}
