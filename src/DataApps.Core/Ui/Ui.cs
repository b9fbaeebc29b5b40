using DataApps.Runtime;
using DataApps.State;

namespace DataApps;

/// <summary>Where a <see cref="Ui"/> writes.</summary>
internal enum UiTarget
{
    Main,
    Sidebar,
    Block,
}

/// <summary>
/// The page's cursor into a container: every verb writes an element at this place, every widget
/// verb returns the widget's current value. Containers return child <see cref="Ui"/>s.
/// </summary>
/// <example>
/// <code>
/// var n = ui.Slider("n", 1, 100, 10);
/// ui.Write($"n² = {n * n}");
/// </code>
/// </example>
public sealed partial class Ui
{
    private readonly AppSession _session;
    private readonly UiTarget _target;
    private readonly BlockBuilder? _block;
    private readonly Widgets.FormScope? _form;
    private readonly FragmentScope? _fragment;

    internal Ui(AppSession session, UiTarget target, BlockBuilder? block = null, Widgets.FormScope? form = null, FragmentScope? fragment = null)
    {
        _session = session;
        _target = target;
        _block = block;
        _form = form;
        _fragment = fragment;
    }

    /// <summary>The sidebar, shown below the navigation.</summary>
    /// <example><c>var species = ui.Sidebar.SelectBox("Species", names);</c></example>
    public Ui Sidebar => _session.SidebarUi;

    /// <summary>The session's state, kept across reruns; keyed widgets are readable and settable here.</summary>
    /// <example><c>var count = ui.State.GetOrAdd("count", 0);</c></example>
    public SessionState State => _session.State;

    /// <summary>Cancelled when a newer interaction supersedes the current run; pass it to long awaits.</summary>
    public CancellationToken CancellationToken => AppSession.CallerRun?.Token ?? Run.Token;

    internal AppSession Session => _session;

    /// <summary>The run in flight, which must be the caller's own: work a page started but did not await may not write into a later run.</summary>
    internal PageRun Run
    {
        get
        {
            // The caller's own run: runs of several fragments may be in flight at once (Note [Threading]).
            var run = _session.RunOfCallerOrCurrent ?? throw new InvalidOperationException("This Ui can only be used while a page runs.");
            if (run.Abandoned && AppSession.CallerRun is not null)
            {
                throw new InvalidOperationException(
                    $"This ui call comes from run {run.Number} of the page, which was abandoned (it exceeded its time budget, or did not " +
                    "stop when stopped or superseded): its ui calls are ignored. Observe ui.CancellationToken so that long work stops in time.");
            }

            if (run.Finished && AppSession.CallerRun is not null)
            {
                throw new InvalidOperationException(
                    $"This ui call comes from run {run.Number} of the page, which has ended. A Ui belongs to the run that was given it: " +
                    "await work that writes to it, or keep its result in ui.State and call ui.Rerun().");
            }

            if (run.Fragment is { } fragment && _fragment?.Id != fragment.Id)
            {
                throw new InvalidOperationException(
                    "A fragment's rerun can only write inside the fragment: use the Ui the fragment's body was given " +
                    "(ui.Fragment(f => f.Text(…))), not the page's ui. To change the rest of the page, call ui.Rerun().");
            }

            return run;
        }
    }

    private BlockBuilder Block(PageRun run) => _target switch
    {
        UiTarget.Main => run.Main,
        UiTarget.Sidebar => run.Sidebar,
        // A Ui of an earlier run (a callback's captured container): the same container of this run (Note [Containers across runs]).
        _ => _block!.RunNumber == run.Number ? _block : _session.BlockOfThisRun(run, _block),
    };

    /// <summary>Writes any element at this place; custom display elements use it.</summary>
    /// <param name="element">The element.</param>
    /// <example><c>ui.Add(new RatingElement(4));</c></example>
    public void Add(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var run = Checkpoint();
        _session.Emit(run, Block(run), element);
    }

    /// <summary>
    /// Ends this run now; what was written so far stays and widgets the run did not reach keep their values. Catching the
    /// exception it throws does not undo it (docs/control-flow.md): every later ui call of the run throws it again.
    /// </summary>
    /// <example><c>if (file is null) { ui.Info("Upload a file."); ui.Stop(); }</c></example>
    public void Stop() => throw Control(Checkpoint(), new StopException());

    /// <summary>
    /// Ends this run now and runs the page again from the top (or, with <see cref="RerunScope.Fragment"/> in a fragment's own
    /// rerun, only the fragment). Inside an onChange callback it does nothing but warn: the page runs after its callbacks anyway.
    /// </summary>
    /// <param name="scope">The whole page (the default) or only the calling fragment.</param>
    /// <exception cref="InvalidOperationException"><see cref="RerunScope.Fragment"/> outside a fragment's own rerun.</exception>
    /// <example><c>if (ui.Button("Reset")) { ui.State.Clear(); ui.Rerun(); }</c></example>
    public void Rerun(RerunScope scope = RerunScope.App)
    {
        var run = Checkpoint();
        if (!run.InCallbacks)
        {
            CheckRerunScope(run, scope);
        }

        throw Control(run, new RerunException(scope));
    }

    /// <summary>Every verb starts here: a superseded run stops at its next <c>ui</c> call (not inside onChange callbacks).</summary>
    private PageRun Checkpoint()
    {
        var run = Run;
        if (run.Control is { } control)
        {
            throw control.Again(); // Note [Control flow]: the run asked to stop, rerun or switch, and the page caught it
        }

        if (!run.InCallbacks)
        {
            run.Token.ThrowIfCancellationRequested();
        }

        return run;
    }

    // A child of a form's Ui writes into the same form (columns inside a form, say).
    private Ui Child(PageRun run, BlockElement template, bool replaceOnWrite = false) =>
        new(_session, UiTarget.Block, _session.EmitBlock(run, Block(run), template, replaceOnWrite), _form, _fragment);

    private Ui Child(BlockBuilder block) => new(_session, UiTarget.Block, block, _form, _fragment);
}
