using DataApps.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Hosting.Access;

/// <summary>Page access in the request pipeline: every page's <c>[Authorize]</c> checked at startup, authorization, and sign-in when added.</summary>
internal static class PageGate
{
    /// <summary>The configuration key that names how users sign in.</summary>
    public const string ModeKey = "DataApps:Auth:Mode";

    /// <summary>Adds authorization (and the sign-in the app added) to <paramref name="app"/>, and stops the app when a page's <c>[Authorize]</c> cannot be evaluated or the configuration asks for sign-in that was never added.</summary>
    public static void Use(WebApplication app)
    {
        var signIn = app.Services.GetService<ISignInPipeline>();
        // The configuration asks for sign-in but AddOidc was not called: say so, rather than serve every page anonymously.
        var configured = app.Configuration[ModeKey];
        if (signIn is null && configured is { Length: > 0 } && !configured.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{ModeKey} is {configured} but sign-in was not added: add the DataApps.Auth package and call builder.Services.AddDataApps().AddOidc(builder.Configuration).");
        }

        var catalog = app.Services.GetRequiredService<PageCatalog>();
        var authorizer = app.Services.GetRequiredService<PageAuthorizer>();
        foreach (var page in catalog.Pages)
        {
            // An [Authorize(Policy = "…")] naming a policy the app never added stops the app here, naming the page.
            authorizer.CheckAsync(null, page.PageType).GetAwaiter().GetResult();
        }

        signIn?.UseAuthentication(app);
        app.UseAuthorization();
        signIn?.UseChallenge(app);
        signIn?.MapEndpoints(app);
    }
}
