using DataApps.Components.ImageAnnotator;
using Labeling.Items;

var builder = WebApplication.CreateBuilder(args);

// The items to label: Data/items.json unless Labeling:Items names another file; a bad file stops the app with the reason.
var itemFile = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration[ItemSet.PathKey] ?? ItemSet.DefaultPath);
builder.Services.AddSingleton(ItemSet.Load(itemFile));

builder.Services.AddDataApps(o => o.Title = "Labeling").AddPagesFrom(typeof(Program).Assembly)
    .AddImageAnnotatorComponent()
    .AddOidc(builder.Configuration)        // anonymous unless DataApps:Auth:Mode says otherwise (docs/auth.md)
    .AddOperations(builder.Configuration); // Serilog, /metrics, /healthz and /readyz (docs/operations.md)

var app = builder.Build();
app.MapDataApps();
app.Run();

/// <summary>The Labeling entry point; public so tests can host it.</summary>
public partial class Program;
