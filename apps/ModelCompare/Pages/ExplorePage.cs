using DataApps;
using Microsoft.AspNetCore.Authorization;
using ModelCompare.Data;
using ModelCompare.SignIn;

namespace ModelCompare.Pages;

/// EDA of the flights: filters in the sidebar, a summary, describe(), charts and the virtualized grid.
[Page("/", Title = "Explore", Icon = "query_stats", Section = "Flights", Order = 0, Layout = PageLayout.Wide)]
[Authorize(Policy = SignInSetup.Users)]
internal sealed class ExplorePage(FlightSets sets, SignInState signIn) : DataPage
{
    private static readonly string[] MonthNames = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    protected override void Run(Ui ui)
    {
        SignInSetup.ShowBanner(ui, signIn);
        ui.Title("Flight delays: explore");
        ui.Caption("20,000 real US domestic flights, January–March 2001 (BTS on-time data, via vega-datasets), or a large variant " +
            "resampled from them. A flight counts as delayed when it arrived more than 15 minutes late.");

        var set = ui.Sidebar.Radio("Data set", [DataSet.Real, DataSet.Large], format: sets.Label);
        var real = ui.Cache.Resource("flights-real", () => sets.Real(), spinner: "Loading the flights…");
        var table = set == DataSet.Real
            ? real
            : ui.Cache.Resource($"flights-large-{sets.LargeRows}", () => sets.Large(real), spinner: $"Generating {sets.LargeRows:N0} flights…");
        var filter = Filters(ui.Sidebar, table);
        var view = ui.Cache.Data((set, filter), a => EdaView.Build(table, a.filter.Apply(table)), maxEntries: 16, spinner: "Filtering…");

        var (a, b, c, d) = ui.Columns(4);
        a.Metric("Flights", view.Rows, format: "N0");
        b.Metric("Delayed > 15 min", view.DelayedShare, format: "P1");
        c.Metric("Mean delay (min)", view.MeanDelay, format: "N1");
        d.Metric("Data set rows", table.Count, format: "N0");
        if (view.Rows == 0)
        {
            ui.Info("No flight matches these filters: widen the distance or hour range, or clear an airport.");
            return;
        }

        ui.Subheader("Summary (describe())");
        ui.Table(view.Describe);

        var (left, right) = ui.Columns(2);
        left.Histogram(view.Delays, x: "delay (min)", bins: 60, title: "Arrival delay", yLabel: "flights",
            rules: [Rule.X(15, "15 min")]);
        right.ScatterChart(view.ScatterSample, x: "distance (mi)", y: "delay (min)", color: "status",
            title: $"Distance vs delay ({Math.Min(view.Rows, EdaView.ScatterPoints):N0} flights, evenly sampled)");

        var (byHour, byOrigin) = ui.Columns(2);
        byHour.BarChart(view.ByHour, x: nameof(GroupShare.Group), y: nameof(GroupShare.DelayedShare), title: "Delayed share by departure hour",
            xLabel: "hour", yLabel: "delayed share", rules: [Rule.Y(view.DelayedShare, "all")]);
        byOrigin.BarChart(view.ByOrigin, x: nameof(GroupShare.Group), y: nameof(GroupShare.DelayedShare), title: "Delayed share, busiest origins",
            xLabel: "origin", yLabel: "delayed share", rules: [Rule.Y(view.DelayedShare, "all")]);

        ui.Heatmap(view.Correlations, x: "name", title: "Correlations (Pearson)", showValues: true, format: "0.00", height: 420);

        ui.Subheader("Flights");
        ui.DataFrame(view.Grid, height: 420, columns: [Column.Date("departure", format: "yyyy-MM-dd HH:mm")]);
    }

    private static FlightFilter Filters(Ui sidebar, FlightTable table)
    {
        sidebar.Subheader("Filters");
        var origins = sidebar.MultiSelect("Origin", table.Airports, placeholder: "All airports");
        var destinations = sidebar.MultiSelect("Destination", table.Airports, placeholder: "All airports");
        var months = sidebar.MultiSelect("Month", [1, 2, 3], format: m => MonthNames[m - 1], placeholder: "All months");
        var (minDistance, maxDistance) = sidebar.RangeSlider("Distance (miles)", 0, 5000, (0, 5000), step: 50);
        var (minHour, maxHour) = sidebar.RangeSlider("Departure hour", 0, 23, (0, 23));
        return new FlightFilter([.. origins], [.. destinations], [.. months], minDistance, maxDistance, minHour, maxHour);
    }
}
