using DataApps;
using DataApps.Auth;
using ModelCompare.Pages;
using ModelCompare.SignIn;

namespace ModelCompare.Tests.App;

public sealed class AccessTests(ModelFolder folder) : IClassFixture<ModelFolder>
{
    [Fact]
    public async Task ModelPagesAreForbiddenToASignedInUserWithoutTheAnalystRoleAndNeverRun()
    {
        using var models = ModelCompareApps.For<ModelsPage>(folder.Settings, SignInMode.Configured);
        using var slices = ModelCompareApps.For<SlicesPage>(folder.Settings, SignInMode.Configured);
        models.User = AppUser.Create("carol");
        slices.User = AppUser.Create("carol");

        await models.RunAsync();
        await slices.RunAsync();

        Assert.Equal(PageAccess.Forbidden, models.Access);
        Assert.Equal(PageAccess.Forbidden, slices.Access);
        Assert.Empty(models.Elements);
        Assert.Empty(slices.Elements);
    }

    [Fact]
    public async Task AnalystsSeeTheModelPages()
    {
        using var app = ModelCompareApps.For<ModelsPage>(folder.Settings, SignInMode.Configured);
        app.User = AppUser.Create("alice", "analyst");

        await app.RunAsync();

        Assert.Equal(PageAccess.Allowed, app.Access);
        Assert.Equal("Compare models", app.Title());
    }

    [Fact]
    public async Task EveryPageAsksAnAnonymousUserToSignIn()
    {
        using var explore = ModelCompareApps.For<ExplorePage>(folder.Settings, SignInMode.Configured);
        using var models = ModelCompareApps.For<ModelsPage>(folder.Settings, SignInMode.DevIdentity);

        await explore.RunAsync();
        await models.RunAsync();

        Assert.Equal(PageAccess.SignInRequired, explore.Access);
        Assert.Equal(PageAccess.SignInRequired, models.Access);
    }

    [Fact]
    public async Task ASignedInUserWithoutRolesMayExploreTheData()
    {
        using var app = ModelCompareApps.For<ExplorePage>(folder.Settings, SignInMode.Configured);
        app.User = AppUser.Create("carol");

        await app.RunAsync();

        Assert.Equal(PageAccess.Allowed, app.Access);
    }

    [Fact]
    public async Task WithSignInOffEveryPageIsOpenAndSaysSo()
    {
        using var app = ModelCompareApps.For<SlicesPage>(folder.Settings, SignInMode.Off);

        await app.RunAsync();

        Assert.Equal(PageAccess.Allowed, app.Access);
        Assert.Equal(SignInState.Banner, app.Warning());
    }
}
