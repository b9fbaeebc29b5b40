using System.Numerics;
using System.Text.Json;
using DataApps.Runtime;

namespace DataApps.Api;

/// <summary>How a headless API run of a page ended.</summary>
internal enum ApiOutcome
{
    /// <summary>The page ran to the end with the values given.</summary>
    Completed,

    /// <summary>A value was refused (unknown name, wrong type, outside the widget's range); the page did not run with it.</summary>
    BadInput,

    /// <summary>The page threw.</summary>
    Failed,

    /// <summary>The run went over its budget (RunTimeout) and was stopped.</summary>
    TimedOut,
}

/// <summary>The result of <see cref="PageApiRun.RunAsync"/>.</summary>
/// <param name="Outcome">How the run ended.</param>
/// <param name="Tree">The page's output (empty when the input was refused before a run with it).</param>
/// <param name="Fields">The page's settable widgets, by the name the API knows them by (key, or unique label).</param>
/// <param name="Errors">Per input name, why it was refused.</param>
/// <param name="Exception">The exception that ended the run.</param>
/// <param name="Clicked">The names of the buttons clicked in this run.</param>
internal sealed record ApiRunResult(
    ApiOutcome Outcome,
    PageTree Tree,
    IReadOnlyDictionary<string, ApiField> Fields,
    IReadOnlyDictionary<string, string> Errors,
    Exception? Exception,
    IReadOnlySet<string> Clicked);

/// <summary>
/// Runs a page once for an HTTP caller: a fresh session, the widget values from a JSON object, no circuit, no browser.
/// </summary>
/// <remarks>
/// Note [API runs]: a widget exists only once the page has drawn it, so the run goes in rounds, like a user filling a form
/// top to bottom: the page runs with its defaults; the values whose widgets it drew are set (each checked as the widget checks
/// a browser value) and it runs again; a widget that appears only for a value (a model's parameters once the model is chosen)
/// is set in the next round, at most <see cref="MaxRounds"/> in all. Buttons are clicked in the last round, so the run that
/// sees the click also sees every value. A name that no round drew is refused. A body without values costs one run. Only the
/// last run's outcome counts: a page that throws with its defaults has drawn the widgets above the throw, and the values may
/// fix it; a run over its budget ends the call at once.
/// </remarks>
internal sealed class PageApiRun(AppSession session)
{
    /// <summary>The most runs one API call makes (Note [API runs]).</summary>
    public const int MaxRounds = 4;

    /// <summary>Runs <paramref name="page"/> with <paramref name="inputs"/>; the session is the caller's and is not disposed here.</summary>
    /// <param name="page">The page instance.</param>
    /// <param name="pageId">Its route.</param>
    /// <param name="budget">The page's own run budget, or <c>null</c> for the session's.</param>
    /// <param name="inputs">The values by widget key (or unique label).</param>
    /// <param name="ct">Stops the run (the caller went away).</param>
    public async Task<ApiRunResult> RunAsync(IDataPage page, string pageId, TimeSpan? budget, IReadOnlyDictionary<string, JsonElement> inputs, CancellationToken ct)
    {
        await using var stop = ct.Register(session.StopRun).ConfigureAwait(false);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = inputs.ToDictionary(StringComparer.Ordinal);
        var triggers = new List<(string Name, string WidgetId)>();
        var clicked = new HashSet<string>(StringComparer.Ordinal);

        // Off the caller's thread: an inline session runs the page synchronously up to its first await (as AppTest does).
        await Task.Run(() => session.NavigateAsync(page, pageId, budget), ct).ConfigureAwait(false);
        var fields = Fields();
        for (var round = 1; ; round++)
        {
            ct.ThrowIfCancellationRequested(); // a stopped run is no answer: the caller went away
            if (Ended() is ApiOutcome.TimedOut)
            {
                return Result(ApiOutcome.TimedOut, fields, errors, clicked); // no more rounds past the budget
            }

            var set = 0;
            foreach (var (name, json) in pending.ToList())
            {
                if (!fields.TryGetValue(name, out var field))
                {
                    continue;
                }

                pending.Remove(name);
                var widgetId = field.Widget.WidgetId;
                if (Refusal(field, widgetId, json, out var wire) is { } refusal)
                {
                    errors[name] = refusal;
                }
                else if (field.IsTrigger)
                {
                    if (wire is true)
                    {
                        triggers.Add((name, widgetId));
                    }
                }
                else
                {
                    session.SetValue(widgetId, wire);
                    set++;
                }
            }

            var last = set == 0 || pending.Count == 0 || round == MaxRounds - 1;
            if (errors.Count > 0 || (last && pending.Count > 0))
            {
                foreach (var name in pending.Keys)
                {
                    errors[name] = Unknown(name, fields);
                }

                return Result(ApiOutcome.BadInput, fields, errors, clicked);
            }

            if (set == 0 && triggers.Count == 0)
            {
                return Result(Ended() ?? ApiOutcome.Completed, fields, errors, clicked); // nothing (more) to set: this run is the answer
            }

            if (last)
            {
                foreach (var (name, widgetId) in triggers)
                {
                    session.Trigger(widgetId);
                    clicked.Add(name);
                }

                triggers.Clear();
            }

            await Task.Run(session.RunPendingAsync, ct).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            fields = Fields();
            if (last)
            {
                return Result(Ended() ?? ApiOutcome.Completed, fields, errors, clicked);
            }
        }
    }

    /// <summary>How the last run ended, when it did not complete.</summary>
    private ApiOutcome? Ended() => session.LastException switch
    {
        null => null,
        TimeoutException => ApiOutcome.TimedOut,
        _ => ApiOutcome.Failed,
    };

    private ApiRunResult Result(ApiOutcome outcome, Dictionary<string, ApiField> fields, Dictionary<string, string> errors, HashSet<string> clicked) =>
        new(outcome, outcome == ApiOutcome.BadInput ? PageTree.Empty : session.Tree, fields, errors, session.LastException, clicked);

    /// <summary>The settable widgets of the last run, by key, and by label for those without one (a label two widgets share is left out).</summary>
    private Dictionary<string, ApiField> Fields() => FieldsOf(session);

    /// <summary>The settable widgets of <paramref name="session"/>'s last run, by the names the API knows them by.</summary>
    internal static Dictionary<string, ApiField> FieldsOf(AppSession session)
    {
        var fields = new Dictionary<string, ApiField>(StringComparer.Ordinal);
        var labels = new Dictionary<string, int>(StringComparer.Ordinal);
        var widgets = session.Tree.Main.Descendants().Concat(session.Tree.Sidebar.Descendants()).OfType<WidgetElement>().ToList();
        foreach (var widget in widgets)
        {
            labels[widget.Label] = labels.GetValueOrDefault(widget.Label) + 1;
        }

        foreach (var widget in widgets)
        {
            var key = widget.WidgetId.StartsWith(KeyPrefix, StringComparison.Ordinal) ? widget.WidgetId[KeyPrefix.Length..] : null;
            var name = key ?? (labels[widget.Label] == 1 && widget.Label.Length > 0 ? widget.Label : null);
            if (name is not null && !fields.ContainsKey(name) && ApiField.For(widget, IsIntegral(session, widget.WidgetId)) is { } field)
            {
                fields[name] = field;
            }
        }

        return fields;
    }

    private static readonly string KeyPrefix = WidgetIdentity.ForKey("");

    /// <summary>Whether the widget's spec works in whole numbers (<c>Slider&lt;int&gt;</c>), which its element does not say.</summary>
    private static bool IsIntegral(AppSession session, string widgetId)
    {
        if (!session.Widgets.TryGet(widgetId, out var state) || !state.Spec.GetType().IsGenericType)
        {
            return false;
        }

        var type = state.Spec.GetType().GetGenericArguments()[0];
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBinaryInteger<>));
    }

    private string? Refusal(ApiField field, string widgetId, JsonElement json, out object? wire)
    {
        wire = null;
        if (field.Widget.Disabled)
        {
            return $"The {field.Widget.Kind.Replace('-', ' ')} '{field.Widget.Label}' is disabled; a user could not change it.";
        }

        try
        {
            wire = field.ToWire(json);
        }
        catch (FormatException e)
        {
            return e.Message;
        }

        return field.IsTrigger || session.RefusalOf(widgetId, wire) is not { } refusal ? null
            : refusal.Contains($"'{field.Widget.Label}'", StringComparison.Ordinal) ? refusal.TrimEnd('.') + "."
            : $"The {field.Widget.Kind.Replace('-', ' ')} '{field.Widget.Label}': {refusal.TrimEnd('.')}."; // name the widget when the spec did not
    }

    private string Unknown(string name, Dictionary<string, ApiField> fields)
    {
        var shown = name.Length <= 40 ? name : name[..40] + "…";
        var widgets = session.Tree.Main.Descendants().Concat(session.Tree.Sidebar.Descendants()).OfType<WidgetElement>().ToList();
        var sameLabel = widgets.Count(w => w.Label == name);
        var unsettable = widgets.FirstOrDefault(w => w.WidgetId == WidgetIdentity.ForKey(name) || w.Label == name);
        return sameLabel > 1
            ? $"{sameLabel} widgets are labelled '{shown}'; set one by its key (give it key: in the page)."
            : unsettable is not null ? $"The {unsettable.Kind.Replace('-', ' ')} '{unsettable.Label}' cannot be set through the API; the API sets inputs, buttons, choices, numbers, dates and text."
            : $"The page has no widget keyed or labelled '{shown}'. It takes: " +
            (fields.Count == 0 ? "nothing." : string.Join(", ", fields.Keys.Take(30).Select(k => $"'{k}'")) + ".");
    }
}
