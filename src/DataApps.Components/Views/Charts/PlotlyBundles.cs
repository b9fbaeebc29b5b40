using Plotly.Blazor;

namespace DataApps.Components.Views.Charts;

/// <summary>The plotly.js bundles charts load (see Note [Plotly bundles] in <see cref="PlotlyScriptGate"/>) and which one a figure needs.</summary>
internal static class PlotlyBundles
{
    /// <summary>Plotly.Blazor 7.2.0's interop module; the same import string gives the same module instance.</summary>
    public const string InteropModule = "./_content/Plotly.Blazor/plotly-interop-7.2.0.js";

    /// <summary>The package's full plotly.js 3.7.0 bundle, at the path Plotly.Blazor loads it from.</summary>
    public const string Full = "./_content/Plotly.Blazor/plotly-3.7.0.min.js";

    /// <summary>The DataApps bundle: plotly.js 3.7.0 with the trace types of <see cref="InSmallBundle"/> (built in src/DataApps.Components/plotly).</summary>
    public const string Small = "./_content/DataApps.Components/plotly-dataapps.min.js";

    /// <summary>The module that loads the bundles (wwwroot/dataapps-plotly.js).</summary>
    public const string LoaderModule = "./_content/DataApps.Components/dataapps-plotly.js";

    /// <summary>Whether a trace type is in the DataApps bundle; keep in step with plotly/index.js and dataapps-plotly.js.</summary>
    public static bool InSmallBundle(TraceTypeEnum? type) => type is null
        or TraceTypeEnum.Scatter or TraceTypeEnum.ScatterGl or TraceTypeEnum.Bar
        or TraceTypeEnum.Box or TraceTypeEnum.HeatMap or TraceTypeEnum.Histogram or TraceTypeEnum.Pie;

    /// <summary>Whether drawing these traces needs the full bundle.</summary>
    public static bool NeedsFull(IEnumerable<ITrace> traces) => traces.Any(t => t is not null && !InSmallBundle(t.Type));
}
