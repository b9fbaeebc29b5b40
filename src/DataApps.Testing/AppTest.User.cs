using DataApps.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataApps.Testing;

public sealed partial class AppTest
{
    private PageAuthorizer? _authorizer;
    private ServiceProvider? _authorization;

    /// <summary>Who runs the page (<c>ui.User</c>); anonymous by default. Set it before a run.</summary>
    /// <example><c>app.User = AppUser.Create("bob", "ops"); await app.RunAsync();</c></example>
    public AppUser User
    {
        get => _session.User;
        set => _session.User = value;
    }

    /// <summary>Whether <see cref="User"/> may see the page shown, decided as the app decides (<c>[Authorize]</c>, <c>[AllowAnonymous]</c>, the policies the test's services add); when it is not <see cref="PageAccess.Allowed"/> the page did not run and <see cref="Elements"/> is empty.</summary>
    public PageAccess Access { get; private set; } = PageAccess.Allowed;

    /// <summary>Decides whether the current user may see <paramref name="pageType"/>; the page runs only if so.</summary>
    private async Task<bool> MayShowAsync(Type pageType)
    {
        Access = await Authorizer().CheckAsync(User.Principal, pageType).ConfigureAwait(false);
        return Access == PageAccess.Allowed;
    }

    // The test's own authorization services (its policies), or ASP.NET Core's defaults.
    private PageAuthorizer Authorizer()
    {
        if (_authorizer is null)
        {
            IServiceProvider services = _services?.GetService<IAuthorizationService>() is not null ? _services : _authorization = new ServiceCollection().AddLogging().AddAuthorizationCore().BuildServiceProvider();
            _authorizer = new PageAuthorizer(
                services.GetRequiredService<IAuthorizationPolicyProvider>(),
                services.GetRequiredService<IAuthorizationService>(),
                services.GetService<IOptions<SignInSettings>>() ?? Options.Create(new SignInSettings()));
        }

        return _authorizer;
    }
}
