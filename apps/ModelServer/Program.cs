using ModelServer;
using ModelServer.Load;

// `dotnet run --project apps/ModelServer -- load --rps 20 --seconds 60` sends sample flights to a running service (docs/apps/model-server.md).
if (args is ["load", ..])
{
    return await LoadCommand.RunAsync(args[1..], Console.Out, CancellationToken.None);
}

var app = ModelServerApp.Create(args);
await app.RunAsync();
return 0;

/// <summary>The model server's entry point; public so tests can host it.</summary>
public partial class Program;
