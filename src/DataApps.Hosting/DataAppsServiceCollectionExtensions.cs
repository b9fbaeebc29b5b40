using System.Reflection;
using DataApps;
using DataApps.Components;
using DataApps.Components.Shell;
using DataApps.Hosting.Circuits;
using DataApps.Hosting.HotReload;
using DataApps.Files;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds DataApps to an ASP.NET Core app.</summary>
public static class DataAppsServiceCollectionExtensions
{
    /// <summary>The configuration section DataApps reads its options from (<c>appsettings.json</c>, environment variables such as <c>DataApps__Theme__PrimaryColor</c>).</summary>
    public const string ConfigurationSection = "DataApps";

    /// <summary>Adds the DataApps runtime, renderers and shell; add pages with <see cref="AddPagesFrom"/>. Options come from the <c>DataApps</c> configuration section, then from <paramref name="configure"/>.</summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets <see cref="DataAppsOptions"/>.</param>
    /// <returns>A builder that features extend.</returns>
    /// <example><c>builder.Services.AddDataApps(o => o.Title = "Penguins").AddPagesFrom(typeof(Program).Assembly);</c></example>
    public static IDataAppsBuilder AddDataApps(this IServiceCollection services, Action<DataAppsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        // The "DataApps" section of the configuration first (appsettings.json, DataApps__Theme__PrimaryColor, …); the code wins.
        var options = services.AddOptions<DataAppsOptions>().BindConfiguration(ConfigurationSection);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (!services.Any(d => d.ServiceType == typeof(PageCatalog)))
        {
            services.AddSingleton(new PageCatalog());
            services.AddSingleton<ElementRegistry>();
            services.AddScoped<SessionHost>();
            services.AddSingleton<AppTheme>();
            services.AddSingleton(sp => new SessionHandoff( // prerendered sessions waiting for their circuit
                sp.GetService<TimeProvider>(),
                sp.GetRequiredService<IOptions<DataAppsOptions>>().Value.PrerenderHandoffTimeout,
                sp.GetRequiredService<IOptions<DataAppsOptions>>().Value.PrerenderHandoffsPerClient));
            services.AddSingleton(sp => new HotReloadSessions( // live sessions, rerun when dotnet watch patches the code (Note [Hot reload])
                sp.GetRequiredService<PageCatalog>(),
                sp.GetRequiredService<DataApps.Auth.PageAuthorizer>(),
                sp.GetRequiredService<ILogger<HotReloadSessions>>(),
                System.Reflection.Metadata.MetadataUpdater.IsSupported));
            services.AddSingleton(sp => new DataApps.Caching.DataCache(sp.GetService<TimeProvider>())); // ui.Cache, shared by all sessions
            services.AddSingleton(DataApps.Hosting.Files.FileEndpoints.CreateStore); // quotas, stale folders (Note [Upload quotas])
            services.AddRazorComponents().AddInteractiveServerComponents();
            services.AddMudServices();
            // [Authorize] on pages holds even in an app without sign-in (Note [Page authorization]); AddOidc changes the settings.
            services.AddAuthorization();
            services.AddOptions<DataApps.Auth.SignInSettings>();
            services.AddSingleton<DataApps.Auth.PageAuthorizer>();
        }

        // Feedback and corrections (IFeedbackStore): the store DataApps:Feedback chooses, SQLite in data/feedback.db by default
        // (docs/feedback.md); an app or a test may register its own before or after.
        DataApps.Hosting.Feedback.FeedbackStores.Add(services);

        return new DataAppsBuilder(services).AddBuiltInElements();
    }

    /// <summary>Adds every class with a <see cref="PageAttribute"/> in <paramref name="assembly"/>; call it once per assembly that contributes pages.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="InvalidOperationException">Two pages share a route, or a route is malformed.</exception>
    public static IDataAppsBuilder AddPagesFrom(this IDataAppsBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(assembly);
        builder.Catalog().AddPagesIn(assembly); // remembered: a hot reload scans it again (Note [Hot reload])
        return builder;
    }

    /// <summary>Adds one page class.</summary>
    /// <typeparam name="TPage">A page class with a <see cref="PageAttribute"/>.</typeparam>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IDataAppsBuilder AddPage<TPage>(this IDataAppsBuilder builder)
        where TPage : class, IDataPage
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Catalog().Add(PageDescriptor.FromType(typeof(TPage)));
        return builder;
    }

    /// <summary>Adds a page described by hand (route, title, factory).</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="page">The page.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IDataAppsBuilder AddPage(this IDataAppsBuilder builder, PageDescriptor page)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Catalog().Add(page);
        return builder;
    }

    /// <summary>Adds a page written as a lambda.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="route">The URL path, starting with <c>/</c>.</param>
    /// <param name="body">The page body.</param>
    /// <param name="title">The title in the navigation and the browser tab.</param>
    /// <param name="api">Whether the page also answers <c>POST /api/pages/{route}</c> (see <see cref="PageAttribute.Api"/>).</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddPage("/", ui => ui.Title("Hello"));</c></example>
    public static IDataAppsBuilder AddPage(this IDataAppsBuilder builder, string route, Func<Ui, Task> body, string? title = null, bool api = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(body);
        builder.Catalog().Add(new PageDescriptor(route, title ?? "Home", null, null, 0, typeof(LambdaPage))
        {
            Factory = _ => new LambdaPage(body),
            Api = api,
        });
        return builder;
    }

    private static PageCatalog Catalog(this IDataAppsBuilder builder) =>
        builder.Services.FirstOrDefault(d => d.ServiceType == typeof(PageCatalog))?.ImplementationInstance as PageCatalog
        ?? throw new InvalidOperationException("Call services.AddDataApps() before adding pages.");

    private sealed class DataAppsBuilder(IServiceCollection services) : IDataAppsBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
