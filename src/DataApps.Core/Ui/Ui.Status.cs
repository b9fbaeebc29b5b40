using DataApps.Runtime;

namespace DataApps;

public sealed partial class Ui
{
    private static long _toasts;

    /// <summary>Shows a progress bar; returns a handle that moves it while the run goes on.</summary>
    /// <param name="fraction">How far, from 0 to 1.</param>
    /// <param name="text">A message above the bar.</param>
    /// <example>
    /// <code>
    /// var bar = ui.Progress(0.0, "Training…");
    /// for (var epoch = 1; epoch &lt;= 10; epoch++) { await TrainAsync(epoch, ct); bar.Update(epoch / 10.0, $"Epoch {epoch}/10"); }
    /// </code>
    /// </example>
    public ProgressBar Progress(double fraction, string? text = null)
    {
        var slot = Empty();
        var bar = new ProgressBar(slot);
        bar.Update(fraction, text);
        return bar;
    }

    /// <summary>Shows a progress bar at <paramref name="percent"/> (0 to 100), as Streamlit takes an int.</summary>
    /// <param name="percent">How far, from 0 to 100.</param>
    /// <param name="text">A message above the bar.</param>
    /// <example><c>var bar = ui.Progress(0, "Starting");</c></example>
    public ProgressBar Progress(int percent, string? text = null) => Progress(ProgressBar.FromPercent(percent), text);

    /// <summary>Shows a spinner with <paramref name="text"/> until the returned scope is disposed.</summary>
    /// <param name="text">What is going on.</param>
    /// <example><c>using (ui.Spinner("Loading the model…")) model = await LoadAsync(ct);</c></example>
    public IDisposable Spinner(string text = "In progress…")
    {
        var run = Checkpoint();
        var block = Block(run);
        var spinner = new SpinnerElement(text ?? "");
        _session.Emit(run, block, spinner);
        return new SpinnerScope(this, run, block, spinner);
    }

    /// <summary>
    /// Shows a collapsible box that reports long work: running (a spinner) until <see cref="StatusBox.Update"/> or
    /// disposal marks it complete (or an error). Write the steps into <see cref="StatusBox.Ui"/>.
    /// </summary>
    /// <param name="label">The header text.</param>
    /// <param name="expanded">Whether it starts open.</param>
    /// <example>
    /// <code>
    /// using (var status = ui.Status("Downloading data…"))
    /// {
    ///     status.Ui.Write("Searching for data…"); await FindAsync(ct);
    ///     status.Ui.Write("Found URL."); await DownloadAsync(ct);
    ///     status.Update("Download complete", StatusState.Complete);
    /// }
    /// </code>
    /// </example>
    public StatusBox Status(string label, bool expanded = false)
    {
        var run = Checkpoint();
        var template = new StatusElement(label ?? "", StatusState.Running, expanded);
        var block = _session.EmitBlock(run, Block(run), template);
        return new StatusBox(new Ui(_session, UiTarget.Block, block, _form, _fragment), template);
    }

    /// <summary>Pops up a short message in a corner; it goes away by itself and the run goes on.</summary>
    /// <param name="text">The message.</param>
    /// <param name="icon">A Material icon name (<c>"check_circle"</c>) or an emoji shown before the text.</param>
    /// <example><c>ui.Toast("Saved", icon: "check_circle");</c></example>
    public void Toast(string text, string? icon = null) => Add(new ToastElement(text ?? "", icon, Interlocked.Increment(ref _toasts)));

    /// <summary>Replaces the header of the block this <see cref="Ui"/> writes into (a status box's label and state).</summary>
    /// <param name="template">The new header.</param>
    /// <param name="closing">A box closing at the end of its scope: also while the run unwinds from ui.Stop() (Note [Control flow]).</param>
    internal void ReplaceBlockTemplate(BlockElement template, bool closing = false)
    {
        var run = closing ? Run : Checkpoint();
        _session.ReplaceTemplate(run, Block(run), template); // a status box of the last run (a callback's): this run's
    }

    /// <summary>Takes a spinner back when its scope ends.</summary>
    private sealed class SpinnerScope(Ui ui, PageRun run, BlockBuilder block, SpinnerElement spinner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0 && !run.Finished)
            {
                ui._session.Retract(run, block, spinner);
            }
        }
    }
}

/// <summary>A progress bar a run moves (<c>ui.Progress</c>).</summary>
public sealed class ProgressBar
{
    private readonly Ui _slot;

    internal ProgressBar(Ui slot) => _slot = slot;

    /// <summary>Moves the bar.</summary>
    /// <param name="fraction">How far, from 0 to 1.</param>
    /// <param name="text">A message above the bar.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside 0..1.</exception>
    public void Update(double fraction, string? text = null)
    {
        if (!(fraction is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "Progress takes a fraction from 0 to 1 (or an int percent from 0 to 100).");
        }

        _slot.Add(new ProgressElement(fraction, text));
    }

    /// <summary>Moves the bar to <paramref name="percent"/> (0 to 100).</summary>
    /// <param name="percent">How far, from 0 to 100.</param>
    /// <param name="text">A message above the bar.</param>
    public void Update(int percent, string? text = null) => Update(FromPercent(percent), text);

    /// <summary>Takes the bar away.</summary>
    public void Clear() => _slot.Add(new EmptyElement());

    internal static double FromPercent(int percent) => percent is >= 0 and <= 100
        ? percent / 100.0
        : throw new ArgumentOutOfRangeException(nameof(percent), percent, "Progress takes an int percent from 0 to 100 (or a fraction from 0 to 1).");
}

/// <summary>A status box (<c>ui.Status</c>): write steps into <see cref="Ui"/>; disposing it marks it complete unless it was marked otherwise.</summary>
public sealed class StatusBox : IDisposable
{
    private StatusElement _header;

    internal StatusBox(Ui ui, StatusElement header)
    {
        Ui = ui;
        _header = header;
    }

    /// <summary>Where the steps are written.</summary>
    public Ui Ui { get; }

    /// <summary>What the box shows now.</summary>
    public StatusState State => _header.State;

    /// <summary>Changes the label, the state or whether it is open; what is not given stays.</summary>
    /// <param name="label">The new header text.</param>
    /// <param name="state">The new state.</param>
    /// <param name="expanded">Open or close it.</param>
    public void Update(string? label = null, StatusState? state = null, bool? expanded = null)
    {
        _header = _header with { Label = label ?? _header.Label, State = state ?? _header.State, Expanded = expanded ?? _header.Expanded };
        Ui.ReplaceBlockTemplate(_header);
    }

    /// <summary>Marks the box complete if it is still running (the end of a <c>using</c> block).</summary>
    public void Dispose()
    {
        if (_header.State == StatusState.Running && Ui.Session.RunOfCallerOrCurrent is { Finished: false })
        {
            _header = _header with { State = StatusState.Complete };
            Ui.ReplaceBlockTemplate(_header, closing: true);
        }
    }
}
