using System.Diagnostics;
using System.Globalization;

namespace DataApps.Tests.Shared;

/// <summary>
/// A real PostgreSQL server (Debian's <c>postgresql</c> package) for one test class: initdb in a temporary folder, then
/// <c>postgres</c> on 127.0.0.1 at a free port, trusting local connections. PostgreSQL refuses to run as root, so as root (CI)
/// the server runs as the <c>postgres</c> user through <c>runuser</c>. No test framework here: the benchmarks use it too.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private int _databases;

    private PostgresServer(string bin, string data, int port)
    {
        _bin = bin;
        _data = data;
        Port = port;
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The folder of the PostgreSQL programs (the newest /usr/lib/postgresql/N/bin), or <c>null</c>.</summary>
    public static string? Bin { get; } = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0).FirstOrDefault()
        : null;

    /// <summary>Why the server cannot start here, or <c>null</c> when it can.</summary>
    public static string? MissingReason { get; } =
        Bin is null ? "PostgreSQL is not installed (apt-get install postgresql; tests/run.sh does)."
        : Environment.UserName == "root" && !File.Exists("/usr/sbin/runuser") ? "runuser is missing: PostgreSQL cannot run as root and the tests run it as the postgres user through runuser."
        : null;

    /// <summary>
    /// Starts a server; <paramref name="durable"/> keeps fsync on (for timings that mean something), otherwise it is off so tests
    /// run fast. A test checks <see cref="MissingReason"/> first: it skips when PostgreSQL is missing, and fails under CI=true.
    /// </summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is missing (<see cref="MissingReason"/>) or did not start.</exception>
    public static async Task<PostgresServer> StartAsync(bool durable = false)
    {
        if (MissingReason is { } missing)
        {
            throw new InvalidOperationException(missing);
        }

        var data = Directory.CreateTempSubdirectory("dataapps-pg-").FullName;
        var port = DevIdentity.FreePort();
        var server = new PostgresServer(Bin!, data, port);
        try
        {
            if (AsRoot)
            {
                await RunAsync("chown", $"postgres:postgres {data}", asPostgres: false);
            }

            await server.RunBinAsync("initdb", $"-D {data} -U postgres -A trust -E UTF8 --no-locale --no-sync");
            var settings = $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync={(durable ? "on" : "off")} -c max_connections=50";
            await server.RunBinAsync("pg_ctl", $"-D {data} -l {data}/server.log -w -t 30 -o \"{settings}\" start");
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>A connection string to the database <c>postgres</c> as the superuser.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Timeout=10";

    /// <summary>Creates a new, empty database (one per test keeps tests apart) and returns its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "test" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
        await RunBinAsync("createdb", $"-h 127.0.0.1 -p {Port} -U postgres {name}");
        return ConnectionString(name);
    }

    public void Dispose()
    {
        try
        {
            RunBinAsync("pg_ctl", $"-D {_data} -m immediate -w stop").GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Not started, or already gone.
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temporary folder.
        }
    }

    private static bool AsRoot => Environment.UserName == "root";

    private Task RunBinAsync(string program, string arguments) => RunAsync(Path.Combine(_bin, program), arguments, asPostgres: AsRoot);

    private static async Task RunAsync(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("/usr/sbin/runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.WorkingDirectory = Path.GetTempPath(); // the postgres user may not read the test's folder
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {arguments} failed ({process.ExitCode}):\n{await output}{await error}");
        }
    }
}
