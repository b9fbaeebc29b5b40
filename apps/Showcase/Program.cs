using DataApps.Components.Canvas;
using DataApps.Components.ImageAnnotator;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDataApps(o => o.Title = "DataApps Showcase").AddPagesFrom(typeof(Program).Assembly)
    .AddRatingComponent()
    .AddCanvasComponent()
    .AddImageAnnotatorComponent()
    .AddJsComponent(Showcase.Pages.PayloadPage.ComponentName, "js/payload.js") // the hidden page the browser tests send large values from
    .AddOidc(builder.Configuration)        // anonymous unless DataApps:Auth:Mode says otherwise (docs/auth.md)
    .AddOperations(builder.Configuration); // Serilog, /metrics, traces, /healthz and /readyz (docs/operations.md)
builder.Services.AddAuthorizationBuilder()
    .AddPolicy("Analysts", p => p.RequireRole("analyst", "ops")); // [Authorize(Policy = "Analysts")] on SignInPolicyPage

var app = builder.Build();
app.MapDataApps();
app.Run();

/// <summary>The Showcase entry point; public so tests can host it.</summary>
public partial class Program;
