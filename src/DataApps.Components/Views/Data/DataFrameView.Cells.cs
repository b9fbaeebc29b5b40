using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace DataApps.Components.Views.Data;

/// <summary>Long cells of the grid (Note [Long cells] in LongCells.cs).</summary>
public partial class DataFrameView
{
    [Inject]
    private IOptions<DataAppsOptions> Options { get; set; } = default!;

    private int MaxCell => Options.Value.MaxCellLength;

    private Task DownloadCellAsync(int c, int row, string text) =>
        LongCells.DownloadAsync(JS, LongCells.FileName(_model!.Columns[c].Name, row), text);
}
