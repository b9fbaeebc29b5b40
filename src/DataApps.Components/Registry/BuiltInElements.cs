using Microsoft.Extensions.DependencyInjection;

namespace DataApps.Components;

/// <summary>Registers the renderers of the built-in elements, through the same <c>AddElement</c> call custom widgets use.</summary>
public static class BuiltInElements
{
    /// <summary>Registers every built-in renderer.</summary>
    /// <param name="builder">The DataApps builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IDataAppsBuilder AddBuiltInElements(this IDataAppsBuilder builder) => builder
        .AddElement<TitleElement, Views.Text.TitleView>()
        .AddElement<TextElement, Views.Text.TextView>()
        .AddElement<MarkdownElement, Views.Text.MarkdownView>()
        .AddElement<SuccessElement, Views.Text.AlertView>()
        .AddElement<InfoElement, Views.Text.AlertView>()
        .AddElement<WarningElement, Views.Text.AlertView>()
        .AddElement<ErrorElement, Views.Text.AlertView>()
        .AddElement<ExceptionElement, Views.Text.ExceptionView>()
        .AddElement<ContainerElement, Views.Layout.ContainerView>()
        .AddElement<ColumnsElement, Views.Layout.ColumnsView>()
        .AddElement<ButtonElement, Views.Widgets.ButtonView>()
        .AddElement<SliderElement, Views.Widgets.SliderView>();
}
