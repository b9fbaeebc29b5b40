#if (js)
using DataApps;
#else
using Component1;
#endif

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Component1-name library.</summary>
public static class Widget1Registration
{
#if (js)
    /// <summary>Registers the module that draws <c>ui.Widget1</c>.</summary>
#else
    /// <summary>Registers the renderer of <c>ui.Widget1</c>.</summary>
#endif
    /// <param name="builder">The builder <c>AddDataApps()</c> returned.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><c>builder.Services.AddDataApps().AddPagesFrom(typeof(Program).Assembly).AddWidget1Component();</c></example>
    public static IDataAppsBuilder AddWidget1Component(this IDataAppsBuilder builder) =>
#if (js)
        builder.AddJsComponent(Widget1Ui.ComponentName, Widget1Ui.ModulePath);
#else
        builder.AddWidget<Widget1Element, Widget1View>();
#endif
}
