using DataApps.Components.Rating;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the DataApps.Components.Rating library.</summary>
public static class RatingRegistration
{
    /// <summary>Registers the renderer of <c>ui.Rating</c>.</summary>
    /// <param name="builder">The builder <c>AddDataApps()</c> returned.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddRatingComponent();</c></example>
    public static IDataAppsBuilder AddRatingComponent(this IDataAppsBuilder builder) =>
        builder.AddWidget<RatingElement, RatingView>();
}
