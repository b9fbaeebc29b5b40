using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps;

/// <summary>One-liners that start a whole app, like <c>streamlit run app.py</c>.</summary>
public static class DataApp
{
    /// <summary>Serves one page written as a lambda and blocks until the app stops.</summary>
    /// <param name="args">The command-line arguments (e.g. <c>--urls http://127.0.0.1:8501</c>).</param>
    /// <param name="page">The page body.</param>
    /// <example><c>DataApp.Run(args, ui => ui.Title("Hello"));</c></example>
    public static void Run(string[] args, Action<Ui> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Run(args, ui =>
        {
            page(ui);
            return Task.CompletedTask;
        });
    }

    /// <summary>Serves one asynchronous page written as a lambda and blocks until the app stops.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="page">The page body.</param>
    public static void Run(string[] args, Func<Ui, Task> page) =>
        Build(args, b => b.AddPage("/", page)).Run();

    /// <summary>Serves one page class at <c>/</c> (or its own route) and blocks until the app stops.</summary>
    /// <typeparam name="TPage">The page class.</typeparam>
    /// <param name="args">The command-line arguments.</param>
    public static void Run<TPage>(string[] args)
        where TPage : class, IDataPage
    {
        var page = typeof(TPage).IsDefined(typeof(PageAttribute), false)
            ? PageDescriptor.FromType(typeof(TPage))
            : new PageDescriptor("/", typeof(TPage).Name, null, null, 0, typeof(TPage));
        Build(args, b => b.AddPage(page)).Run();
    }

    internal static WebApplication Build(string[] args, Action<IDataAppsBuilder> pages)
    {
        if (!System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault)
        {
            // File-based apps default to native AOT, which switches reflection-based JSON off; Blazor Server needs it.
            throw new InvalidOperationException(
                "Blazor Server needs reflection-based JSON, which this app has switched off (file-based apps default to PublishAot=true). " +
                "Reference DataApps as a package (`#:package DataApps@<version>`), which switches it back on, or add `#:property PublishAot=false` " +
                "at the top of the file (needed with `#:project`), or set <PublishAot>false</PublishAot> in the project.");
        }

        var builder = WebApplication.CreateBuilder(args);

        // Package assets (_content/…) are served from the build output's manifest even outside Development,
        // so a single-file app started with `dotnet run app.cs` looks right in any environment.
        builder.WebHost.UseStaticWebAssets();
        pages(builder.Services.AddDataApps().AddOperations(builder.Configuration)); // logs, /metrics, /healthz, /readyz
        var app = builder.Build();
        app.MapDataApps();
        return app;
    }
}
