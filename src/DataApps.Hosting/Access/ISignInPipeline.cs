using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DataApps.Hosting.Access;

/// <summary>Sign-in's part of the request pipeline, which the DataApps.Auth package adds with <c>AddOidc</c>.</summary>
/// <remarks>Hosting knows who may see a page (Note [Page authorization]); how a user signs in lives in the package on top.</remarks>
internal interface ISignInPipeline
{
    /// <summary>Reads the sign-in cookie into <c>HttpContext.User</c>; runs before authorization.</summary>
    void UseAuthentication(IApplicationBuilder app);

    /// <summary>Sends an anonymous request for a page that needs sign-in to the provider; runs after authorization.</summary>
    void UseChallenge(IApplicationBuilder app);

    /// <summary>Maps the account endpoints (<c>/account/login</c>, <c>/account/logout</c>).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
