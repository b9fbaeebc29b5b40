using DataApps.State;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// The one path every widget takes: identity → policies → state → element → value. Built-in
    /// verbs and custom widgets call it with their spec.
    /// </summary>
    /// <typeparam name="TValue">The widget's value type.</typeparam>
    /// <param name="spec">What the widget is and how its value is decoded and shown.</param>
    /// <returns>The widget's current value.</returns>
    /// <example><c>int stars = ui.Widget(new RatingSpec("Rate it", max: 5));</c></example>
    public TValue Widget<TValue>(WidgetSpec<TValue> spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var run = Checkpoint();
        if (run.InCallbacks)
        {
            // It would exist for this run only, above the page, and its value would never reach a body.
            throw new InvalidOperationException(
                $"The {spec.Kind} \"{spec.Label}\" is created in a callback (onChange, onClick, onSubmit). Callbacks run before the page " +
                "body, so a widget made there would last one run: create widgets in the body and let the callback change ui.State.");
        }

        var block = Block(run);
        Policies.CheckWidget(spec);
        Policies.CheckFormUse(spec, _form);

        var id = IdentityOf(spec, run, _form);
        if (!run.TryClaimWidget(id))
        {
            _session.Emit(run, block, new ErrorElement(Policies.DuplicateWidgetMessage(spec)));
            return spec.DefaultValue;
        }

        var value = Bind(run, block, id, spec, out var state);
        var shown = value;
        state.FragmentId = _fragment?.Id; // a change reruns only this fragment
        if (_form is { } form && !spec.IsTrigger && run.ClearsForm(form.Id))
        {
            // A submit of a clear-on-submit form: this run sees the submitted value, the form shows (and keeps) the default.
            shown = spec.DefaultValue;
            state.Value = shown;
        }

        var element = spec.CreateElement(id, shown);
        if (element.Help != spec.Help || element.Disabled != spec.Disabled || element.Refusals != state.Refusals)
        {
            element = element with { Help = spec.Help, Disabled = spec.Disabled, Refusals = state.Refusals };
        }

        _session.Emit(run, block, element);
        return value;
    }

    private static string IdentityOf<TValue>(WidgetSpec<TValue> spec, Runtime.PageRun run, Widgets.FormScope? form)
    {
        if (spec.Key is { } key)
        {
            return WidgetIdentity.ForKey(key);
        }

        var identity = new WidgetIdentity(spec.Kind);
        identity.Add(spec.Label);
        spec.AddIdentity(ref identity);
        identity.Add(run.PageId);
        if (form is not null)
        {
            identity.Add(form.Id);
        }

        return identity.ToId(spec.Kind);
    }

    /// <summary>Finds or creates the widget's state and returns its valid current value.</summary>
    private TValue Bind<TValue>(Runtime.PageRun run, Runtime.BlockBuilder block, string id, WidgetSpec<TValue> spec, out WidgetState state)
    {
        var widgets = _session.Widgets;
        if (!widgets.TryGet(id, out state))
        {
            object? initial = spec.DefaultValue;
            if (spec.Key is { } key && State.TryTakeUnbound(key, out var preset))
            {
                // A value set through ui.State before the widget existed moves the new widget.
                initial = FromState(run, block, spec, key, preset, previous: null);
            }

            state = widgets.Add(new WidgetState(id, spec.Key, spec, initial));
        }
        else if (state.SetThroughState && spec.Key is { } key)
        {
            state.SetThroughState = false;
            state.Value = FromState(run, block, spec, key, state.Value, state.Spec);
        }
        else if (!Accept(run, block, spec, state.Value, out _))
        {
            state.Value = CarryOver(spec, state.Spec, state.Value);
        }

        state.Spec = spec;
        state.LastRun = run.Number;
        return (TValue)state.Value!;
    }

    /// <summary>
    /// A value code gave the widget through <c>ui.State[key]</c>, checked by Streamlit's rules: none for a widget only the user sets
    /// (an error), a warning when the verb has a default of its own too, and an error in the page (and the default) for a value
    /// the widget does not take.
    /// </summary>
    private object? FromState<TValue>(Runtime.PageRun run, Runtime.BlockBuilder block, WidgetSpec<TValue> spec, string key, object? stored, IWidgetSpec? previous)
    {
        if (!Policies.WritesAllowed(spec))
        {
            throw new InvalidOperationException(Policies.NotWritableMessage(spec.Kind, spec.Label, key));
        }

        if (!TryCast(stored, out TValue value))
        {
            _session.Emit(run, block, new ErrorElement(Policies.WrongTypeMessage(spec, stored)));
            return spec.DefaultValue;
        }

        if (!spec.IsValid(value))
        {
            if (spec.TryCarryOver(previous, value, out var carried))
            {
                return carried; // an option loaded again as a new object
            }

            _session.Emit(run, block, new ErrorElement(Policies.InvalidStateValueMessage(key, spec.Refusal(value))));
            return spec.DefaultValue;
        }

        if (spec.DefaultGiven && _session.WarnDefaultAndState(spec.Kind, spec.Label, key))
        {
            _session.Emit(run, block, new WarningElement(Policies.DefaultAndStateMessage(spec.Kind, spec.Label, key)));
        }

        return value;
    }

    private bool Accept<TValue>(Runtime.PageRun run, Runtime.BlockBuilder block, WidgetSpec<TValue> spec, object? stored, out TValue value)
    {
        if (!TryCast(stored, out value))
        {
            _session.Emit(run, block, new ErrorElement(Policies.WrongTypeMessage(spec, stored)));
            return false;
        }

        // No longer valid because this run's range or options changed (not because code set it): back to the default (or the
        // same option loaded again), quietly, as Streamlit does.
        return spec.IsValid(value);
    }

    /// <summary>A refused value of the right type that still means the same thing (an option loaded again), or the default.</summary>
    private static object? CarryOver<TValue>(WidgetSpec<TValue> spec, IWidgetSpec? previous, object? stored) =>
        TryCast(stored, out TValue value) && spec.TryCarryOver(previous, value, out var carried) ? carried : spec.DefaultValue;

    private static bool TryCast<TValue>(object? stored, out TValue value)
    {
        if (stored is TValue typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return stored is null && default(TValue) is null;
    }
}
