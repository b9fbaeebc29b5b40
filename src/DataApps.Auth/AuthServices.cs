using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataApps.Auth;

/// <summary>What every app has, with or without sign-in: page authorization (pages with <c>[Authorize]</c> stay closed in an anonymous app).</summary>
internal static class AuthServices
{
    public static void AddPageAuthorization(IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddOptions<DataAppsAuthOptions>();
        services.TryAddSingleton<PageAuthorizer>();
    }
}
