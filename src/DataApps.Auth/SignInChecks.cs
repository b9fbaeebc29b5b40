using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DataApps.Auth;

/// <summary>What a check of a sign-in found: whether it still holds, the user's roles now, and the newest tokens.</summary>
/// <param name="Ended">The sign-in is over (expired, signed out, refused by the provider, or the provider unreachable past the grace).</param>
/// <param name="Roles">The roles the provider gives the user now; <c>null</c> when they have not been read again since sign-in.</param>
/// <param name="Tokens">The newest tokens of the sign-in; <c>null</c> when none are known.</param>
internal sealed record SignInCheck(bool Ended, IReadOnlyList<string>? Roles, SignInTokens? Tokens)
{
    public static SignInCheck Over { get; } = new(true, null, null);

    /// <summary><paramref name="principal"/> with its roles replaced by <see cref="Roles"/>, or <c>null</c> when they are the same.</summary>
    public ClaimsPrincipal? WithRoles(ClaimsPrincipal principal)
    {
        if (Roles is null || principal.Identity is not ClaimsIdentity identity)
        {
            return null;
        }

        // Every claim read as a role (AppUser reads ClaimTypes.Role too, which Microsoft.Identity.Web maps Entra's roles to).
        bool IsRole(Claim c) => c.Type == RoleClaims.Type || c.Type == ClaimTypes.Role || c.Type == identity.RoleClaimType;
        var current = identity.Claims.Where(IsRole).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (current.SetEquals(Roles))
        {
            return null;
        }

        var updated = identity.Clone();
        foreach (var claim in updated.Claims.Where(IsRole).ToList())
        {
            updated.RemoveClaim(claim);
        }

        RoleClaims.AddTo(updated, Roles);
        return new ClaimsPrincipal(updated);
    }
}

/// <summary>Asks the provider, at most once per <see cref="DataAppsAuthOptions.RevalidationInterval"/> for each sign-in, whether the sign-in still holds and which roles the user has now.</summary>
/// <remarks>
/// Note [Role revalidation]: roles are read at sign-in, but the provider may take one away while the user keeps a page open
/// (its circuit holds the principal of the moment it connected) or keeps the cookie (it holds the roles of sign-in for
/// <c>SessionLifetime</c>). Both ask this class: each circuit every <c>RevalidationInterval</c> (SignInRevalidator), and the
/// cookie on each request (TokenRefresher). One check per sign-in and interval goes to the provider, whoever asks first;
/// the others get its result. A check refreshes the tokens when they are about to end, reads the userinfo endpoint with
/// the access token, and maps roles exactly as sign-in does (RoleClaims with <c>RoleClaim</c>): from the userinfo response
/// when it carries the role claim, else from a freshly refreshed ID token (a refresh is made for that when there is a
/// refresh token), else from the ID token of sign-in (nothing newer can be read without a refresh token).
/// A refusal (invalid_grant, 401) ends the sign-in at once. A provider that cannot be reached leaves the roles as they
/// were for <c>ProviderOutageGrace</c>, with a warning at each check, and then ends the sign-in: roles are never trusted
/// unchecked for longer than that. The tokens a circuit's check refreshed are kept here, so the cookie takes them (and
/// the new roles) at the browser's next request. Kept in memory, per app instance, like the sign-out record.
/// </remarks>
internal sealed partial class SignInChecks(
    IIdentityProviderClient provider,
    IOptions<DataAppsAuthOptions> options,
    SignOutRegistry signOuts,
    ILogger<SignInChecks> logger,
    TimeProvider? time = null)
{
    // Tokens this close to their end are refreshed already, so a page load never starts with tokens about to die.
    internal static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Entry> _signIns = new(StringComparer.Ordinal);
    private long _sweptAt;

    /// <summary>Checks the sign-in of <paramref name="principal"/>, with the tokens the caller holds (the cookie's, if it has them).</summary>
    public async Task<SignInCheck> CheckAsync(ClaimsPrincipal principal, SignInTokens? tokens, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (principal.Identity?.IsAuthenticated != true)
        {
            return new SignInCheck(false, null, tokens);
        }

        if (SignInClaims.HasEnded(principal, now, signOuts))
        {
            return SignInCheck.Over;
        }

        if (principal.FindFirst(SignInClaims.SignInId)?.Value is not { } id)
        {
            return new SignInCheck(false, null, tokens); // not a sign-in of this app's (a test principal, say)
        }

        var entry = _signIns.GetOrAdd(id, _ => new Entry(Expiry(principal) ?? now + options.Value.SessionLifetime, now));
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (tokens is not null && tokens.IsNewerThan(entry.Tokens))
            {
                entry.Tokens = tokens; // the cookie was refreshed elsewhere (or this is its first visit)
            }

            if (!entry.Ended && IsDue(entry, now))
            {
                await CheckWithProviderAsync(entry, principal, now, cancellationToken).ConfigureAwait(false);
            }

            return entry.Ended ? SignInCheck.Over : new SignInCheck(false, entry.Roles, entry.Tokens);
        }
        finally
        {
            entry.Gate.Release();
            Sweep(now);
        }
    }

    private bool IsDue(Entry entry, DateTimeOffset now) =>
        now - entry.CheckedAt >= options.Value.RevalidationInterval
        || (entry.Tokens?.ExpiresAt is { } expires && expires - (entry.Tokens.RefreshToken is null ? TimeSpan.Zero : Skew) <= now);

    private async Task CheckWithProviderAsync(Entry entry, ClaimsPrincipal principal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var user = principal.Identity?.Name;
        if (entry.Tokens is not { } tokens)
        {
            entry.CheckedAt = now; // no tokens to ask with (the handler did not save them): the roles of sign-in stay
            return;
        }

        // 1. Tokens about to end are refreshed; without a refresh token they serve until they end, and then the sign-in ends.
        string? freshIdToken = null;
        if (tokens.ExpiresAt is { } expires && expires - (tokens.RefreshToken is null ? TimeSpan.Zero : Skew) <= now)
        {
            if (tokens.RefreshToken is null)
            {
                Log.TokensExpired(logger, user);
                entry.Ended = true;
                return;
            }

            var (answer, refreshed, idToken) = await RefreshAsync(tokens, now, cancellationToken).ConfigureAwait(false);
            if (!Settle(entry, answer, now, user, "refreshing the tokens"))
            {
                return;
            }

            tokens = entry.Tokens = refreshed!;
            freshIdToken = idToken;
        }

        // 2. The user's claims now, from the userinfo endpoint.
        JsonElement? userInfo = null;
        if (tokens.AccessToken is { } accessToken)
        {
            var (answer, claims) = await provider.UserInfoAsync(accessToken, cancellationToken).ConfigureAwait(false);
            if (!Settle(entry, answer, now, user, "reading the user's claims"))
            {
                return;
            }

            userInfo = claims;
        }

        // 3. Userinfo without the role claim (Entra, or a provider that puts roles in the ID token only): a new ID token says.
        var path = options.Value.RoleClaim;
        var fromUserInfo = userInfo is { ValueKind: JsonValueKind.Object } info && CarriesRoles(info, path);
        if (!fromUserInfo && freshIdToken is null && tokens.RefreshToken is not null)
        {
            var (answer, refreshed, idToken) = await RefreshAsync(tokens, now, cancellationToken).ConfigureAwait(false);
            if (!Settle(entry, answer, now, user, "refreshing the tokens"))
            {
                return;
            }

            tokens = entry.Tokens = refreshed!;
            freshIdToken = idToken;
        }

        // 4. Roles mapped as sign-in maps them (ConfigureCommon: the ID token's claims, then the userinfo response).
        var rolesIdToken = freshIdToken ?? (fromUserInfo ? null : tokens.IdToken);
        var roles = RoleClaims.Find(ClaimsOf(rolesIdToken), path, fromUserInfo ? userInfo : null).Order(StringComparer.Ordinal).ToList();
        if (entry.Roles is { } before ? !before.SequenceEqual(roles) : !roles.ToHashSet(StringComparer.Ordinal).SetEquals(principal.FindAll(RoleClaims.Type).Select(c => c.Value)))
        {
            Log.RolesChanged(logger, user, string.Join(", ", roles));
        }

        entry.Roles = roles;
        entry.CheckedAt = now;
        entry.UnreachableSince = null;
    }

    /// <summary>New tokens for <paramref name="tokens"/>, and the new ID token when the provider sent one.</summary>
    private async Task<(ProviderAnswer Answer, SignInTokens? Tokens, string? IdToken)> RefreshAsync(SignInTokens tokens, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (answer, refreshed) = await provider.RefreshAsync(tokens.RefreshToken!, cancellationToken).ConfigureAwait(false);
        return answer != ProviderAnswer.Ok || refreshed is null
            ? (answer == ProviderAnswer.Ok ? ProviderAnswer.Unreachable : answer, null, null)
            : (answer, new SignInTokens(refreshed.AccessToken, refreshed.RefreshToken ?? tokens.RefreshToken, refreshed.IdToken ?? tokens.IdToken, now.AddSeconds(refreshed.ExpiresIn ?? 3600)), refreshed.IdToken);
    }

    /// <summary>Whether the check goes on after <paramref name="answer"/>; a refusal ends the sign-in, an outage past the grace too.</summary>
    private bool Settle(Entry entry, ProviderAnswer answer, DateTimeOffset now, string? user, string what)
    {
        switch (answer)
        {
            case ProviderAnswer.Ok:
                return true;
            case ProviderAnswer.Refused:
                Log.Refused(logger, user, what);
                entry.Ended = true;
                return false;
            default:
                var since = entry.UnreachableSince ??= now;
                entry.CheckedAt = now; // try again at the next interval
                if (now - since >= options.Value.ProviderOutageGrace)
                {
                    Log.OutageEndsSignIn(logger, user, what, now - since);
                    entry.Ended = true;
                }
                else
                {
                    Log.Unreachable(logger, user, what, since + options.Value.ProviderOutageGrace);
                }

                return false;
        }
    }

    /// <summary>Whether the userinfo response has the claim the roles are read from (the whole path, or its first segment).</summary>
    private static bool CarriesRoles(JsonElement userInfo, string path) =>
        userInfo.TryGetProperty(path, out _) || userInfo.TryGetProperty(path.Split('.')[0], out _);

    /// <summary>The claims of an ID token that came straight from the token endpoint over the backchannel; its signature is not checked again (OpenID Connect Core 3.1.3.7: TLS authenticates the issuer there).</summary>
    private static ClaimsPrincipal ClaimsOf(string? idToken)
    {
        if (idToken is null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        try
        {
            return new ClaimsPrincipal(new ClaimsIdentity(new JsonWebToken(idToken).Claims));
        }
        catch (ArgumentException)
        {
            return new ClaimsPrincipal(new ClaimsIdentity()); // not a JWT: no roles from it
        }
    }

    private static DateTimeOffset? Expiry(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(SignInClaims.Expires)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    // Entries live as long as their sign-in: one per sign-in the app issued, gone once it would have expired.
    private void Sweep(DateTimeOffset now)
    {
        if (now - new DateTimeOffset(Interlocked.Read(ref _sweptAt), TimeSpan.Zero) < TimeSpan.FromMinutes(1))
        {
            return;
        }

        Interlocked.Exchange(ref _sweptAt, now.UtcTicks);
        foreach (var (id, entry) in _signIns)
        {
            if (entry.SignInExpires <= now)
            {
                _signIns.TryRemove(id, out _);
            }
        }
    }

    private sealed class Entry(DateTimeOffset signInExpires, DateTimeOffset created)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset SignInExpires { get; } = signInExpires;

        // The roles of the cookie or circuit were read at sign-in (or by the instance's previous check): the first check is one interval on.
        public DateTimeOffset CheckedAt { get; set; } = created;

        public SignInTokens? Tokens { get; set; }

        public IReadOnlyList<string>? Roles { get; set; }

        public DateTimeOffset? UnreachableSince { get; set; }

        public bool Ended { get; set; }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "The tokens of {User} expired and could not be refreshed: signed out; the next protected page asks the provider again.")]
        public static partial void TokensExpired(ILogger logger, string? user);

        [LoggerMessage(2, LogLevel.Information, "The identity provider refused {What} for {User}: the sign-in ends.")]
        public static partial void Refused(ILogger logger, string? user, string what);

        [LoggerMessage(3, LogLevel.Warning, "The identity provider could not be reached for {What} for {User}; the roles of the last check stay until {Until} unless it answers.")]
        public static partial void Unreachable(ILogger logger, string? user, string what, DateTimeOffset until);

        [LoggerMessage(4, LogLevel.Warning, "The identity provider could not be reached for {What} for {User} for {Duration}: the sign-in ends (ProviderOutageGrace).")]
        public static partial void OutageEndsSignIn(ILogger logger, string? user, string what, TimeSpan duration);

        [LoggerMessage(5, LogLevel.Information, "The identity provider changed the roles of {User}: now [{Roles}].")]
        public static partial void RolesChanged(ILogger logger, string? user, string roles);
    }
}
