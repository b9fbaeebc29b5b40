using DataApps.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DataApps.Components.Shell;

/// <summary>The session of one circuit: one <see cref="AppSession"/> and the page instances it has created.</summary>
/// <remarks>Scoped, so Blazor Server gives each circuit (each browser tab) its own; sessions never share state.</remarks>
internal sealed class SessionHost : IDisposable
{
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, IDataPage> _pages = new(StringComparer.OrdinalIgnoreCase);

    public SessionHost(IServiceProvider services, IOptions<DataAppsOptions> options, IHostEnvironment environment, ILogger<SessionHost> logger)
    {
        _services = services;
        var o = options.Value;
        Session = new AppSession(
            new SessionOptions
            {
                ShowErrorDetails = o.ShowErrorDetails ?? environment.IsDevelopment(),
                ProgressInterval = o.ProgressInterval,
            },
            logger,
            services.GetService<DataApps.Caching.DataCache>());
        if (services.GetService<Files.FileStore>() is { } files)
        {
            Session.UseFiles(files.Open()); // deleted with the session (AppSession.Dispose)
        }
    }

    public AppSession Session { get; }

    public PageDescriptor? Current { get; private set; }

    /// <summary>Shows <paramref name="page"/>; creates it through DI the first time this session visits it.</summary>
    public void Navigate(PageDescriptor page)
    {
        if (ReferenceEquals(page, Current))
        {
            return;
        }

        Current = page;
        if (!_pages.TryGetValue(page.Route, out var instance))
        {
            instance = page.Factory?.Invoke(_services) ?? (IDataPage)ActivatorUtilities.CreateInstance(_services, page.PageType);
            _pages.Add(page.Route, instance);
        }

        _ = Session.NavigateAsync(instance, page.Route);
    }

    public void Dispose()
    {
        Session.Dispose();
        foreach (var page in _pages.Values)
        {
            (page as IDisposable)?.Dispose();
        }
    }
}
