// The DataApps plotly.js bundle: plotly.js core (which has scatter), the trace types the chart verbs draw, and pie (24 KB,
// for ui.Plotly figures: the package's basic bundle has it too). Every other trace type is in the package's full bundle,
// which dataapps-plotly.js loads only for a ui.Plotly figure that needs it. Keep this list, smallTypes in
// wwwroot/dataapps-plotly.js and PlotlyBundles.InSmallBundle (Views/Charts/PlotlyBundles.cs) the same.
'use strict';

var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/box'),
    require('plotly.js/lib/heatmap'),
    require('plotly.js/lib/histogram'),
    require('plotly.js/lib/pie'),
    require('plotly.js/lib/scattergl'),
]);

module.exports = Plotly;
