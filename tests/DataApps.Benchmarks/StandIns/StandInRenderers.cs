using DataApps.Components;

namespace DataApps.Benchmarks.StandIns;

/// <summary>
/// With <c>--stand-ins</c>, the bench app registers minimal MudBlazor renderers for the widgets of
/// the mix that have no renderer yet, so the figures show what the framework costs once every widget
/// renders (instead of a "No renderer is registered" box). A real renderer always wins.
/// </summary>
internal static class StandInRenderers
{
    public static void AddMissing(IServiceCollection services) =>
        services.PostConfigure<ElementRegistryOptions>(o =>
        {
            AddIfMissing<CheckboxElement, CheckboxStandIn>(o);
            AddIfMissing<SelectBoxElement, SelectBoxStandIn>(o);
            AddIfMissing<TextInputElement, TextInputStandIn>(o);
        });

    /// <summary>Which widget kinds of the mix have a real renderer in this build.</summary>
    public static string Describe(ElementRegistry registry)
    {
        Type[] mix = [typeof(SliderElement), typeof(CheckboxElement), typeof(SelectBoxElement), typeof(TextInputElement), typeof(ButtonElement), typeof(TextElement), typeof(MarkdownElement), typeof(TitleElement)];
        return string.Join(", ", mix.Select(t => $"{t.Name.Replace("Element", "", StringComparison.Ordinal)}: {Kind(registry.ViewFor(t))}"));

        static string Kind(Type? view) => view is null ? "none" : view.Namespace == typeof(StandInRenderers).Namespace ? "stand-in" : "yes";
    }

    private static void AddIfMissing<TElement, TView>(ElementRegistryOptions options)
    {
        if (!options.Views.ContainsKey(typeof(TElement)))
        {
            options.Add(typeof(TElement), typeof(TView));
        }
    }
}
