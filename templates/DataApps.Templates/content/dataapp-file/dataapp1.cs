#:package DataApps@DATAAPPS_VERSION
// A whole DataApps app in one file. Run it with `dotnet run dataapp1-name.cs` and open the address it prints;
// `dotnet run dataapp1-name.cs --urls http://127.0.0.1:8501` chooses another. The script runs again after every change of a widget.
using DataApps;

DataApp.Run(args, ui =>
{
    ui.Title("dataapp1-name");
    var n = ui.Slider("n", 1, 100, 10);
    ui.Text($"n² = {n * n}");
});
