using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>Checks, while a page is open, that its sign-in still holds: when it expires or is signed out (in another tab), the circuit's user becomes anonymous and the shell reloads the page, which asks the provider again.</summary>
internal sealed class SignInRevalidator(ILoggerFactory loggers, IOptions<DataAppsAuthOptions> options, SignOutRegistry signOuts, TimeProvider? time = null)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    protected override TimeSpan RevalidationInterval => options.Value.RevalidationInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(!SignInClaims.HasEnded(authenticationState.User, _time.GetUtcNow(), signOuts));
}
