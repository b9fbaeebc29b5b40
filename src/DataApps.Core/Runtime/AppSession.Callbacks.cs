using Microsoft.Extensions.Logging;

namespace DataApps.Runtime;

// What a callback writes through a Ui of the last run: held until the body makes the same container (Note [Containers across runs]).
internal sealed partial class AppSession
{
    /// <summary>
    /// The builder of this run for a block an earlier run made. In callbacks (before the body) the container does not exist
    /// yet, so the writes are held for it; in the body, it must already be there.
    /// </summary>
    /// <exception cref="InvalidOperationException">The body writes into a container of an earlier run that this run has not made.</exception>
    internal BlockBuilder BlockOfThisRun(PageRun run, BlockBuilder earlier)
    {
        lock (run.Gate)
        {
            if (Find(run, earlier) is { } found)
            {
                return found;
            }

            if (run.InCallbacks && earlier.Place is { } place)
            {
                var held = run.Held?.Find(h => h.Place == place).Held;
                if (held is null)
                {
                    held = new BlockBuilder(earlier.Template, earlier.ReplacesOnWrite) { RunNumber = run.Number, Detached = true };
                    (run.Held ??= []).Add((place, held));
                }

                return held;
            }
        }

        throw new InvalidOperationException(
            $"This Ui writes into a {Describe(earlier.Template)} of an earlier run of the page (run {earlier.RunNumber}), which this run " +
            (earlier.Place is null ? "cannot find (it was made in a callback)." : "has not made (yet).") +
            " A Ui belongs to the run that made it: use the one this run's body gets, or keep the value in ui.State and write it in the body.");
    }

    /// <summary>The block of this run at the place of <paramref name="earlier"/>, if the run has made it; under the run's gate.</summary>
    private static BlockBuilder? Find(PageRun run, BlockBuilder earlier)
    {
        if (earlier.Detached)
        {
            return null;
        }

        if (BlockBuilder.FragmentIdOf(earlier.Template) is { } fragmentId)
        {
            return run.Fragment?.Id == fragmentId ? run.Main : run.Main.FindFragment(fragmentId) ?? run.Sidebar.FindFragment(fragmentId);
        }

        return earlier.Root switch
        {
            "main" => run.Fragment is null ? run.Main : null,
            "sidebar" => run.Sidebar,
            _ when earlier.Parent is not null => Find(run, earlier.Parent)?.BlockAt(earlier.Ordinal, earlier.Template.GetType()),
            _ => null,
        };
    }

    /// <summary>Gives a block the body has just made what callbacks wrote for its place; under the run's gate.</summary>
    private static void AdoptHeld(PageRun run, BlockBuilder made)
    {
        if (run.Held is not { Count: > 0 } held || made.Place is not { } place)
        {
            return;
        }

        var at = held.FindIndex(h => h.Place == place);
        if (at >= 0)
        {
            made.Adopt(held[at].Held);
            held.RemoveAt(at);
        }
    }

    /// <summary>
    /// After the body: what callbacks wrote into containers the body did not make again cannot be shown, so the page says so at
    /// its top (where callbacks write) and the log says so too. Never silent.
    /// </summary>
    private void ReportHeld(PageRun run, RunOutcome outcome)
    {
        if (run.Held is not { Count: > 0 } held || outcome is not (RunOutcome.Completed or RunOutcome.Stopped or RunOutcome.Failed))
        {
            return;
        }

        lock (run.Gate)
        {
            for (var i = held.Count - 1; i >= 0; i--)
            {
                var (place, block) = held[i];
                var what = Describe(block.Template);
                Log.HeldOutputLost(_logger, run.PageId, what, place);
                run.Main.Insert(0, new ErrorElement(
                    $"A callback wrote into a {what} of the last run, but this run " +
                    (outcome == RunOutcome.Completed ? "did not make it again" : "ended before it made it again") +
                    ", so that output cannot be shown. Write into ui (the top of the page) in the callback, or keep the value in " +
                    "ui.State and show it where the body makes the container."));
            }

            held.Clear();
            run.Dirty = true;
        }
    }

    /// <summary>A block's kind for messages: <c>ExpanderElement</c> → "expander".</summary>
    private static string Describe(BlockElement block)
    {
        var name = block.GetType().Name;
        name = name.EndsWith("Element", StringComparison.Ordinal) ? name[..^"Element".Length] : name;
        return name.ToLowerInvariant() switch
        {
            "container" => "container",
            "empty" => "placeholder (ui.Empty())",
            var other => other,
        };
    }

    private static partial class Log
    {
        [LoggerMessage(10, LogLevel.Warning, "A callback of {Page} wrote into a {Container} ({Place}) that the run did not make again; that output is shown as an error")]
        public static partial void HeldOutputLost(ILogger logger, string page, string container, string place);
    }
}
