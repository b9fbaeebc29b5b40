using DataApps.Components;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers JS components: only modules registered here can be loaded by <c>ui.Component</c>.</summary>
public static class JsComponentRegistrationExtensions
{
    /// <summary>Registers the ES module at <paramref name="modulePath"/> as the JS component <paramref name="name"/>.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <param name="name">The name scripts pass to <c>ui.Component</c>.</param>
    /// <param name="modulePath">The module's path in the app, e.g. <c>_content/MyLib/my.js</c> (a static asset of a Razor class library); same origin only.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddJsComponent("canvas", "_content/DataApps.Components.Canvas/canvas.js");</c></example>
    public static IDataAppsBuilder AddJsComponent(this IDataAppsBuilder builder, string name, string modulePath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        JsComponentOptions.Check(name, modulePath);
        builder.Services.Configure<JsComponentOptions>(o => o.Add(name, modulePath));
        return builder;
    }
}
