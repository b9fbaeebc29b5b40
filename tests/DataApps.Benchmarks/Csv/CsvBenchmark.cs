using System.Diagnostics;
using System.Globalization;
using System.Text;
using DataApps.Data;
using Microsoft.Data.Analysis;
using nietras.SeparatedValues;

namespace DataApps.Benchmarks.Csv;

/// <summary>
/// <c>dotnet run -c Release --project tests/DataApps.Benchmarks -- csv [--mb 100] [--runs 5] [--quick | --columns | --steps | --reads]</c>: reads
/// a generated CSV (10 columns: int, long, double ×2, bool, date, timestamp, category, name, nullable int) with
/// <see cref="DataApps.Csv"/>, with Sep (tokenizing only) and with <c>DataFrame.LoadCsv</c> (given the column types, which is its fast
/// path, and guessing them), and prints the median and fastest wall times, the median CPU time and the ratios. <c>--quick</c> skips
/// LoadCsv; <c>--columns</c> times reading, tokenizing and each column's build; <c>--reads</c> runs only
/// <c>Csv.ReadFile</c> and prints every run (user and kernel CPU, GCs); <c>--steps</c> times the tokenizing steps and the
/// text and double columns one by one (fastest of the runs, with GC pauses).
/// </summary>
/// <remarks>
/// A careful timing harness rather than BenchmarkDotNet: each measurement reads 100 MB and takes a third of a second, so a
/// median of a few runs after a warm-up is stable, and BenchmarkDotNet's pilot and overhead phases would take minutes on 2 cores.
/// A full GC runs before each measurement so one reader's garbage is not charged to the next.
/// </remarks>
public static class CsvBenchmark
{
    private static readonly string[] Names = ["id", "big", "price", "score", "active", "day", "at", "category", "name", "maybe"];

    private static readonly Type[] Types =
        [typeof(int), typeof(long), typeof(double), typeof(double), typeof(bool), typeof(DateTime), typeof(DateTime), typeof(string), typeof(string), typeof(int)];

    public static void Run(string[] args)
    {
        var mb = Option(args, "--mb", 100);
        var runs = Option(args, "--runs", 5);
        var path = Generate(mb);
        var size = new FileInfo(path).Length;
        Console.WriteLine($"CSV: {path} ({size / 1e6:F1} MB), {Environment.ProcessorCount} cores, median of {runs} runs after a warm-up");

        if (args.Contains("--steps"))
        {
            Steps(path, runs);
            return;
        }

        if (args.Contains("--reads"))
        {
            Reads(path, runs);
            return;
        }

        if (args.Contains("--columns"))
        {
            PerColumn(path, runs);
            return;
        }

        var df = DataApps.Csv.ReadFile(path);
        Console.WriteLine($"rows {df.Rows.Count:N0}; inferred: {string.Join(", ", df.Columns.Select(c => $"{c.Name}:{c.DataType.Name}"))}");

        var loadBefore = LoadAverage();
        var ours = Time(runs, () => DataApps.Csv.ReadFile(path));
        var serial = Time(runs, () => DataApps.Csv.ReadFile(path, new CsvOptions { Parallel = false }));
        var tokenize = Time(runs, () => TokenizeOnly(path, parallel: false));
        var tokenizeParts = Time(runs, () => TokenizeOnly(path, parallel: true));
        var sep = Time(runs, () => SepTokenizeOnly(path));
        // --quick skips LoadCsv (a minute and a half on two cores) while iterating on the reader.
        var quick = args.Contains("--quick");
        var typed = quick ? Timing.None : Time(Math.Min(runs, 3), () => DataFrame.LoadCsv(path, columnNames: Names, header: true, dataTypes: Types));
        var guessed = quick ? Timing.None : Time(Math.Min(runs, 3), () => DataFrame.LoadCsv(path));

        Console.WriteLine();
        Console.WriteLine($"load average before: {loadBefore} (wall times on a shared machine are only comparable within one run; CPU time is steadier)");
        Console.WriteLine($"{"reader",-58} {"wall s",8} {"best s",8} {"CPU s",8} {"kernel",8} {"MB/s",8}");
        Row("DataApps Csv.ReadFile (inferred types, parallel columns)", ours, size);
        Row("DataApps Csv.ReadFile (inferred types, one thread)", serial, size);
        Row("  of which: read + validate + tokenize (one thread)", tokenize, size);
        Row("  of which: read + validate + tokenize (in parts)", tokenizeParts, size);
        Row("Sep 0.17.1 reader, tokenize only (no values parsed)", sep, size);
        Row("DataFrame.LoadCsv with dataTypes", typed, size);
        Row("DataFrame.LoadCsv guessing types", guessed, size);
        Console.WriteLine();
        Console.WriteLine($"ratio (wall) LoadCsv(dataTypes) / Csv.ReadFile = {typed.Wall / ours.Wall:F1}x; LoadCsv(guessing) / Csv.ReadFile = {guessed.Wall / ours.Wall:F1}x");
        Console.WriteLine($"ratio (CPU)  LoadCsv(dataTypes) / Csv.ReadFile = {typed.Cpu / ours.Cpu:F1}x; LoadCsv(guessing) / Csv.ReadFile = {guessed.Cpu / ours.Cpu:F1}x");
        Console.WriteLine($"goal: 100 MB -> DataFrame <= 0.35 s; measured {ours.Wall:F3} s wall (median; fastest run {ours.Best:F3} s), {ours.Cpu:F3} s CPU for {size / 1e6:F0} MB; load average after: {LoadAverage()}");
        Console.WriteLine($"ratio (wall) Csv.ReadFile / Sep tokenize-only = {ours.Wall / sep.Wall:F1}x");
    }

    /// <summary>Only <see cref="DataApps.Csv.ReadFile"/>, each run's wall and CPU time (user and kernel) and the GCs it caused: for profiling and for the spread.</summary>
    private static void Reads(string path, int runs)
    {
        GC.KeepAlive(DataApps.Csv.ReadFile(path));
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"load average before: {LoadAverage()}");
        Console.WriteLine($"{"run",4} {"wall s",8} {"user s",8} {"kernel s",8} {"gen0",5} {"gen1",5} {"gen2",5} {"GC pause s",10}");
        var walls = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var (user, kernel) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
            var (g0, g1, g2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(DataApps.Csv.ReadFile(path));
            var wall = watch.Elapsed.TotalSeconds;
            process.Refresh();
            walls.Add(wall);
            Console.WriteLine($"{i + 1,4} {wall,8:F3} {(process.UserProcessorTime - user).TotalSeconds,8:F3} {(process.PrivilegedProcessorTime - kernel).TotalSeconds,8:F3} "
                + $"{GC.CollectionCount(0) - g0,5} {GC.CollectionCount(1) - g1,5} {GC.CollectionCount(2) - g2,5} {(GC.GetTotalPauseDuration() - pause).TotalSeconds,10:F3}");
        }

        walls.Sort();
        Console.WriteLine($"median {walls[walls.Count / 2]:F3} s, fastest {walls[0]:F3} s; load average after: {LoadAverage()}");
    }

    /// <summary>Where the time goes: reading the file, tokenizing (one thread and in parts), then each column's build on one thread.</summary>
    private static void PerColumn(string path, int runs)
    {
        var index = Tokenize(path, parallel: true, out _, out var text); // the text is kept for the whole run
        var values = new CsvValues(CultureInfo.InvariantCulture);
        var (readWall, readCpu, _) = Time(runs, () => ReadOnly(path));
        Console.WriteLine($"{"read",-10} {readWall:F3} s wall {readCpu:F3} s CPU (the file into memory)");
        var (tokenWall, tokenCpu, _) = Time(runs, () => TokenizeOnly(path, parallel: false));
        Console.WriteLine($"{"tokenize",-10} {tokenWall:F3} s wall {tokenCpu:F3} s CPU (read, validate, index; one thread)");
        (tokenWall, tokenCpu, _) = Time(runs, () => TokenizeOnly(path, parallel: true));
        Console.WriteLine($"{"tokenize",-10} {tokenWall:F3} s wall {tokenCpu:F3} s CPU (read, validate, index; in parts)");
        for (var c = 0; c < index.ColumnCount; c++)
        {
            var column = c;
            var (wall, cpu, _) = Time(runs, () => CsvColumnBuilder.Build(text, index, column, Names[column], values, null, parallel: false));
            Console.WriteLine($"{Names[c],-10} {wall:F3} s wall {cpu:F3} s CPU");
        }
    }

    /// <summary>The tokenizing steps one by one on one thread, fastest of the runs (the steadiest figure on a busy machine).</summary>
    private static void Steps(string path, int runs)
    {
        var buffer = CsvText.ReadFile(path); // kept for the whole run
        var text = CsvText.Decode(buffer.Data, out var skipped);
        var separator = CsvTokenizer.DetectSeparator(text.Span);
        var header = CsvTokenizer.ReadFirstRow(text.Span, separator, out _, out var next)!;
        void Step<T>(string name, Func<T> step)
        {
            double best = double.MaxValue, bestCpu = double.MaxValue, bestPause = double.MaxValue;
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i <= runs; i++)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var pause = GC.GetTotalPauseDuration();
                var watch = Stopwatch.StartNew();
                GC.KeepAlive(step());
                bestPause = Math.Min(bestPause, (GC.GetTotalPauseDuration() - pause).TotalSeconds);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
                process.Refresh();
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
            }

            Console.WriteLine($"{name,-40} {best:F3} s wall {bestCpu:F3} s CPU {bestPause:F3} s GC pauses (fastest of {runs + 1})");
        }

        Step("read the file", () => ReadOnly(path));
        Step("validate UTF-8 and NUL", () =>
        {
            CsvText.Validate(text.Span, 0, text.Length, skipped);
            return 0;
        });
        Step("tokenize (one thread)", () => new CsvTokenizer(separator, header.Count).Read(text.Span, next, text.Length, text.Length / 90));
        Step("tokenize and validate in parts", () => CsvParts.Read(text, skipped, next, separator, header.Count, parallel: true));
        var index = CsvParts.Read(text, skipped, next, separator, header.Count, parallel: true);
        var gcs = GC.CollectionCount(0);
        Step("name: strings (pooled, one thread)", () => CsvColumnBuilder.Strings(text, index, 8, parallel: false));
        Console.WriteLine($"  gen0 GCs per run: {(GC.CollectionCount(0) - gcs) / (double)(runs + 1):F1}");
        CsvStringPool.Enabled = false;
        Step("name: strings (not pooled, one thread)", () => CsvColumnBuilder.Strings(text, index, 8, parallel: false));
        Step("name: strings (not pooled, in slices)", () => CsvColumnBuilder.Strings(text, index, 8, parallel: true));
        CsvStringPool.Enabled = true;
        Step("name: strings (pooled, one thread)", () => CsvColumnBuilder.Strings(text, index, 8, parallel: false));
        var strings = CsvColumnBuilder.Strings(text, index, 8, parallel: false);
        Step("name: StringDataFrameColumn from them", () => new StringDataFrameColumn("name", strings));
        Step("name: Encoding.UTF8.GetString each", () =>
        {
            var all = new string[index.RowCount];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = Encoding.UTF8.GetString(text.Span.Slice(i * 50, 10));
            }

            return all;
        });
        Step("category: strings (pooled)", () => CsvColumnBuilder.Strings(text, index, 7, parallel: false));
        Step("score: whole column", () => CsvColumnBuilder.Build(text, index, 3, "score", new CsvValues(CultureInfo.InvariantCulture), null, parallel: false));
        Step("price: whole column", () => CsvColumnBuilder.Build(text, index, 2, "price", new CsvValues(CultureInfo.InvariantCulture), null, parallel: false));
        Step("id: whole column", () => CsvColumnBuilder.Build(text, index, 0, "id", new CsvValues(CultureInfo.InvariantCulture), null, parallel: false));
    }

    private static void Row(string name, Timing time, long size) =>
        Console.WriteLine($"{name,-58} {time.Wall,8:F3} {time.Best,8:F3} {time.Cpu,8:F3} {time.Kernel,8:F3} {size / 1e6 / time.Wall,8:F0}");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>What <see cref="DataApps.Csv.ReadFile"/> does before it parses values: read, validate UTF-8, find the fields.</summary>
    /// <summary>Reads the file into native memory and frees it (what reading costs).</summary>
    private static int ReadOnly(string path)
    {
        using var buffer = CsvText.ReadFile(path);
        return buffer.Length;
    }

    /// <summary>Tokenizes the file and frees its text; the number of rows.</summary>
    private static int TokenizeOnly(string path, bool parallel)
    {
        var index = Tokenize(path, parallel, out var buffer, out _);
        buffer.Dispose();
        return index.RowCount;
    }

    /// <summary>The index and the text; the caller disposes <paramref name="buffer"/> once it no longer reads <paramref name="text"/>.</summary>
    private static CsvIndex Tokenize(string path, bool parallel, out CsvBuffer buffer, out ReadOnlyMemory<byte> text)
    {
        buffer = CsvText.ReadFile(path);
        text = CsvText.Decode(buffer.Data, out var skipped);
        var separator = CsvTokenizer.DetectSeparator(text.Span);
        var header = CsvTokenizer.ReadFirstRow(text.Span, separator, out _, out var next)!;
        return CsvParts.Read(text, skipped, next, separator, header.Count, parallel);
    }

    private static long SepTokenizeOnly(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        long total = 0;
        foreach (var row in reader)
        {
            for (var c = 0; c < row.ColCount; c++)
            {
                total += row[c].Span.Length;
            }
        }

        return total;
    }

    /// <summary>The median wall time of <paramref name="runs"/> calls, and the median CPU time the process spent in them (all threads).</summary>
    private static Timing Time<T>(int runs, Func<T> read)
    {
        GC.KeepAlive(read());
        var walls = new List<double>();
        var cpus = new List<double>();
        var kernels = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var (cpu, kernel) = (process.TotalProcessorTime, process.PrivilegedProcessorTime);
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(read());
            walls.Add(watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalSeconds);
            kernels.Add((process.PrivilegedProcessorTime - kernel).TotalSeconds);
        }

        walls.Sort();
        cpus.Sort();
        kernels.Sort();
        return new Timing(walls[walls.Count / 2], cpus[cpus.Count / 2], walls[0], kernels[kernels.Count / 2]);
    }

    /// <summary>Median wall and CPU seconds (the CPU of all threads; of it, in the kernel: mostly page faults), and the fastest wall.</summary>
    private readonly record struct Timing(double Wall, double Cpu, double Best, double Kernel)
    {
        public static Timing None => new(double.NaN, double.NaN, double.NaN, double.NaN);

        public void Deconstruct(out double wall, out double cpu, out double best) => (wall, cpu, best) = (Wall, Cpu, Best);
    }

    private static double Measure<T>(int runs, Func<T> read) => Time(runs, read).Wall;

    /// <summary>Writes the test file once per size (deterministic content) and reuses it.</summary>
    private static string Generate(int mb)
    {
        var dir = Path.Combine(Path.GetTempPath(), "dataapps-bench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"mixed-{mb}mb.csv");
        if (File.Exists(path))
        {
            return path;
        }

        var random = new Random(42);
        string[] categories = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
        var start = new DateTime(2020, 1, 1);
        var target = mb * 1_000_000L;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine(string.Join(",", Names));
        var inv = CultureInfo.InvariantCulture;
        for (var i = 0; writer.BaseStream.Length < target; i++)
        {
            var day = start.AddDays(random.Next(0, 2000));
            var at = day.AddSeconds(random.Next(0, 86400));
            writer.Write(i.ToString(inv));
            writer.Write(',');
            writer.Write((5_000_000_000L + random.NextInt64(0, 1_000_000_000)).ToString(inv));
            writer.Write(',');
            writer.Write(Math.Round(random.NextDouble() * 1000, 2).ToString(inv));
            writer.Write(',');
            writer.Write(random.NextDouble().ToString("R", inv));
            writer.Write(',');
            writer.Write(random.Next(2) == 0 ? "true" : "false");
            writer.Write(',');
            writer.Write(day.ToString("yyyy-MM-dd", inv));
            writer.Write(',');
            writer.Write(at.ToString("yyyy-MM-dd HH:mm:ss", inv));
            writer.Write(',');
            writer.Write(categories[random.Next(categories.Length)]);
            writer.Write(',');
            writer.Write(i % 10 == 0 ? "\"Name, quoted " + i.ToString(inv) + "\"" : "name" + random.Next(100_000).ToString(inv));
            writer.Write(',');
            writer.Write(i % 7 == 0 ? "" : random.Next(-1000, 1000).ToString(inv));
            writer.Write('\n');
        }

        return path;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
