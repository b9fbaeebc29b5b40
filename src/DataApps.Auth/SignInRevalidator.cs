using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Auth;

/// <summary>
/// Checks, while a page is open, that its sign-in still holds and which roles the user has now (Note [Role revalidation]):
/// every <see cref="DataAppsAuthOptions.RevalidationInterval"/> it asks <see cref="SignInChecks"/>. When the sign-in ended
/// (expired, signed out in another tab, refused by the provider) the circuit's user becomes anonymous and the shell reloads
/// the page, which asks the provider again; when the roles changed, the circuit's user gets the new ones and the shell
/// checks the open page again (a page no longer allowed stops and shows 403).
/// </summary>
/// <remarks>
/// Not <see cref="RevalidatingServerAuthenticationStateProvider"/>: that one can only keep or drop the user, and waits on the
/// system clock; this one can replace the principal, and waits on the app's <see cref="TimeProvider"/>.
/// </remarks>
internal sealed partial class SignInRevalidator : ServerAuthenticationStateProvider, IDisposable
{
    private static readonly AuthenticationState Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));
    private readonly SignInChecks _checks;
    private readonly IOptions<DataAppsAuthOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private CancellationTokenSource _loop = new();
    private bool _disposed;

    public SignInRevalidator(SignInChecks checks, IOptions<DataAppsAuthOptions> options, ILogger<SignInRevalidator> logger, TimeProvider? time = null)
    {
        _checks = checks;
        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        AuthenticationStateChanged += Restart;
    }

    public void Dispose()
    {
        AuthenticationStateChanged -= Restart;
        lock (this)
        {
            _disposed = true;
            _loop.Cancel();
            _loop.Dispose();
        }
    }

    // Each new state (the circuit's first, or one this class set) gets its own loop; the previous one stops.
    private void Restart(Task<AuthenticationState> state)
    {
        CancellationToken token;
        lock (this)
        {
            if (_disposed)
            {
                return;
            }

            _loop.Cancel();
            _loop.Dispose();
            _loop = new CancellationTokenSource();
            token = _loop.Token;
        }

        _ = LoopAsync(state, token);
    }

    private async Task LoopAsync(Task<AuthenticationState> state, CancellationToken cancellationToken)
    {
        try
        {
            var user = (await state.ConfigureAwait(false)).User;
            while (user.Identity?.IsAuthenticated == true)
            {
                await Task.Delay(_options.Value.RevalidationInterval, _time, cancellationToken).ConfigureAwait(false);
                var check = await _checks.CheckAsync(user, null, cancellationToken).ConfigureAwait(false);
                if (check.Ended)
                {
                    SetAuthenticationState(Task.FromResult(Anonymous));
                    return;
                }

                if (check.WithRoles(user) is { } updated)
                {
                    SetAuthenticationState(Task.FromResult(new AuthenticationState(updated)));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer state has its own loop, or the circuit ended.
        }
        catch (Exception e)
        {
            // As the framework's revalidating provider does: a check that fails does not leave the user signed in unchecked.
            Log.CheckFailed(_logger, e);
            SetAuthenticationState(Task.FromResult(Anonymous));
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "Checking the sign-in of an open page failed: the page's user is signed out.")]
        public static partial void CheckFailed(ILogger logger, Exception exception);
    }
}
