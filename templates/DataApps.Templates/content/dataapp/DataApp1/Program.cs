using DataApp1.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<SalesData>(); // the pages get it in their constructors
builder.Services
    .AddDataApps(o => o.Title = "DataApp1-name")
    .AddPagesFrom(typeof(Program).Assembly)
#if (oidc)
    .AddOidc(builder.Configuration)       // sign-in from the DataApps:Auth section; anonymous while its Mode is None
#endif
    .AddOperations(builder.Configuration); // logs, /metrics, /healthz and /readyz

var app = builder.Build();
app.MapDataApps();
app.Run();
