using DataApps.Components;
using DataApps.Hosting.HotReload;
using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Hosting.Circuits;

/// <summary>The session shown by one request or circuit: created on first use, or taken over from the prerendering request.</summary>
/// <remarks>Scoped, so Blazor Server gives each circuit (each browser tab) its own; sessions never share state.</remarks>
internal sealed class SessionHost(
    IServiceScopeFactory scopes,
    SessionHandoff handoff,
    HotReloadSessions hotReload,
    IOptions<DataAppsOptions> options,
    IHostEnvironment environment,
    ILogger<SessionHost> logger,
    DataAppsOperationsOptions? operations = null) : IDisposable
{
    private SessionParts? _parts;
    private AppUser _user = AppUser.Anonymous;

    public AppSession Session => Parts.Session;

    public PageDescriptor? Current => _parts?.Current;

    /// <summary>Whether this host continues a session started by the prerendering request.</summary>
    public bool Adopted { get; private set; }

    /// <summary>Whether this host serves a prerendering request: its session holds its fragments' timers until a circuit claims it.</summary>
    public bool Prerendering { get; set; }

    private SessionParts Parts => _parts ??= Create();

    /// <summary>Shows <paramref name="page"/> with the URL query <paramref name="query"/>; creates the page through DI the first time this session visits it.</summary>
    /// <returns>A task that completes when the session has no more runs to do.</returns>
    public Task Navigate(PageDescriptor page, string? query = null) => Parts.Navigate(page, query);

    /// <summary>Records that the address bar now shows <paramref name="query"/>.</summary>
    public void ShownQuery(string query) => Parts.ShownQuery(query);

    /// <summary>Who this host's session belongs to.</summary>
    public AppUser User => _user;

    /// <summary>Binds the session to <paramref name="user"/>: a session that belongs to someone else (taken over from a request of another sign-in) is dropped, never shown.</summary>
    /// <remarks>The same person with other roles (the provider changed them, Note [Role revalidation]) keeps the session, whose <c>ui.User</c> gets the new roles.</remarks>
    public void UseUser(AppUser user)
    {
        _user = user;
        if (_parts is not null && !SameUser(_parts.Session.User, user))
        {
            logger.LogInformation("A session of {Owner} was offered to {User}; a new session starts.", _parts.Session.User, user);
            End();
        }
        else if (_parts is not null)
        {
            _parts.Session.User = user;
        }
    }

    /// <summary>Ends the session now (its runs are cancelled, its fragments' timers stop, its state is dropped); the next use starts a new one.</summary>
    /// <remarks>For a page its user may no longer see: nothing that ran under the old roles goes on or stays.</remarks>
    public void End()
    {
        _parts?.Dispose();
        _parts = null;
        Adopted = false;
    }

    /// <summary>
    /// Serves the session's files to whoever <paramref name="principal"/> is (Note [File ownership]): the signed-in user, or the
    /// browser's cookie. Called by the prerendering request and again by the circuit that shows the session.
    /// </summary>
    public void BindFiles(System.Security.Claims.ClaimsPrincipal principal)
    {
        var owner = DataApps.Hosting.Files.FileOwner.Of(principal);
        if (owner is null)
        {
            logger.LogWarning("The browser sent neither a sign-in nor the {Cookie} cookie; this session's uploads, downloads, images and media will answer 404 to it. Allow cookies for the app.", DataApps.Hosting.Files.FileOwner.CookieName);
        }

        Session.Files.BindOwner(owner);
    }

    /// <summary>Whether two users are the same person (or both anonymous).</summary>
    public static bool SameUser(AppUser a, AppUser b) => a.IsAuthenticated == b.IsAuthenticated && string.Equals(a.Id, b.Id, StringComparison.Ordinal);

    /// <summary>Continues the session parked under <paramref name="token"/>, if this host has not started one of its own.</summary>
    public bool Adopt(string? token)
    {
        if (_parts is not null || !handoff.TryTake(token, out var parts))
        {
            return false;
        }

        _parts = parts;
        Adopted = true;
        parts.Session.ReleaseTimers(); // Note [Prerender handoff]: someone is looking now
        return true;
    }

    /// <summary>Hands the session to the circuit that will show it; this host no longer owns it.</summary>
    /// <param name="client">The client address of the request, which limits how many sessions it may park.</param>
    /// <returns>The token, or <c>null</c> when there is nothing to hand over or no room to park it.</returns>
    public string? Park(string? client)
    {
        if (_parts is null || handoff.Park(_parts, client) is not { } token)
        {
            return null;
        }

        _parts = null;
        return token;
    }

    public void Dispose() => _parts?.Dispose();

    private SessionParts Create()
    {
        var o = options.Value;
        var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var session = new AppSession(
            new SessionOptions
            {
                ShowErrorDetails = o.ShowErrorDetails ?? environment.IsDevelopment(),
                ProgressInterval = o.ProgressInterval,
                RunTimeout = o.RunTimeout,
                RerunLogLevel = operations?.RerunLogLevel ?? LogLevel.Information, // AddOperations' options (DataApps:Operations)
                TimedRerunLogLevel = operations?.TimedRerunLogLevel ?? LogLevel.Debug,
            },
            logger,
            services.GetService<DataApps.Caching.DataCache>())
        {
            User = _user,
        };
        session.UseFeedback(() => services.GetService<IFeedbackStore>()); // resolved when a page first records feedback
        if (Prerendering)
        {
            session.HoldTimers();
        }

        if (services.GetService<DataApps.Files.FileStore>() is { } files)
        {
            session.UseFiles(files.Open()); // deleted with the session (AppSession.Dispose)
        }

        return new SessionParts(session, scope, hotReload);
    }
}
