using DataApps.Components.Canvas;
using DataApps.Components.ImageAnnotator;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDataApps(o => o.Title = "DataApps Showcase").AddPagesFrom(typeof(Program).Assembly)
    .AddRatingComponent()
    .AddCanvasComponent()
    .AddImageAnnotatorComponent();

var app = builder.Build();
app.MapDataApps();
app.Run();

/// <summary>The Showcase entry point; public so tests can host it.</summary>
public partial class Program;
