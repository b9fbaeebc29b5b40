namespace DataApps;

/// <summary>The usage rules every verb checks first, and the messages that explain a broken rule.</summary>
internal static class Policies
{
    public static void CheckWidget<TValue>(WidgetSpec<TValue> spec)
    {
        if (spec.Key is { Length: 0 })
        {
            throw new ArgumentException($"The key of {spec.Kind} '{spec.Label}' is empty; pass a non-empty key or none.");
        }
    }

    /// <summary>Streamlit's form rules: no buttons and no change callbacks inside a form, no submit button outside one.</summary>
    public static void CheckFormUse<TValue>(WidgetSpec<TValue> spec, Widgets.FormScope? form)
    {
        if (spec is Widgets.SubmitButtonSpec)
        {
            if (form is null)
            {
                throw new InvalidOperationException(
                    $"SubmitButton(\"{spec.Label}\") is outside a form. Call it on the Ui that ui.Form(key) returns: " +
                    $"`var form = ui.Form(\"settings\"); … if (form.SubmitButton(\"{spec.Label}\")) …`.");
            }

            return;
        }

        if (form is null)
        {
            return;
        }

        if (spec.IsTrigger)
        {
            throw new InvalidOperationException(
                $"The {spec.Kind} '{spec.Label}' is inside the form \"{form.Key}\". A form sends its values only when it is submitted, " +
                $"so it can hold no other buttons: use form.SubmitButton(\"{spec.Label}\"), or move the {spec.Kind} out of the form.");
        }

        if (spec.OnChange is not null)
        {
            throw new InvalidOperationException(
                $"The {spec.Kind} '{spec.Label}' inside the form \"{form.Key}\" has an onChange callback. Widgets in a form change " +
                "nothing until the form is submitted: give the callback to form.SubmitButton(…, onClick: …) instead.");
        }
    }

    public static string DuplicateWidgetMessage<TValue>(WidgetSpec<TValue> spec) => spec.Key is { } key
        ? $"There are multiple widgets with the key `{key}` (the second is the {spec.Kind} '{spec.Label}'). Give each widget a unique `key:`."
        : spec.Label.Length == 0
        ? $"There are multiple `{spec.Kind}` widgets with the same identity. Give each a unique `key:`, e.g. `ui.{VerbOf(spec.Kind)}(…, key: \"{spec.Kind}-2\")`."
        : $"There are multiple `{spec.Kind}` widgets with the same identity (label '{spec.Label}' and the same parameters). " +
          $"Give each a unique `key:`, e.g. `ui.{VerbOf(spec.Kind)}(\"{spec.Label}\", …, key: \"{spec.Label}-2\")`.";

    public static string WrongTypeMessage<TValue>(WidgetSpec<TValue> spec, object? stored) =>
        $"The {spec.Kind} '{spec.Label}' needs a value of type {Runtime.TypeNames.Of(typeof(TValue))}, but its state holds {SessionState.Describe(stored)}" +
        (spec.Key is { } key ? $" (set through ui.State[\"{key}\"])" : "") + "; it was reset to its default.";

    /// <summary>
    /// Streamlit's rule for widgets whose value only the user can give (buttons, uploads, captures, chat input, the data
    /// editor, selections in grids and charts): <c>ui.State[key]</c> cannot set it.
    /// </summary>
    public static bool WritesAllowed(IWidgetSpec spec) => !spec.IsTrigger &&
        spec is not (Widgets.FileUploaderSpec or Widgets.CaptureSpec or Editing.DataEditorSpec or Widgets.DataFrameSpec or Charts.ChartSelectionSpec);

    /// <summary>Checks a write of <c>ui.State[key]</c> to the keyed widget <paramref name="widget"/>; throws when a rule forbids it.</summary>
    /// <param name="widget">The widget with that key.</param>
    /// <param name="run">The run of the code that writes, or <c>null</c> outside any run (a test, a background task).</param>
    public static void CheckStateWrite(State.WidgetState widget, Runtime.PageRun? run)
    {
        var spec = widget.Spec;
        if (!WritesAllowed(spec))
        {
            throw new InvalidOperationException(NotWritableMessage(spec.Kind, spec.Label, widget.Key!));
        }

        if (run is { Finished: false } && widget.LastRun == run.Number)
        {
            throw new InvalidOperationException(
                $"ui.State[\"{widget.Key}\"] cannot be set after the {spec.Kind} '{spec.Label}' with that key was created in this run: " +
                "the widget has already shown and returned its value. Set it before the widget's call, or in a callback " +
                "(onChange, onClick), which runs before the page.");
        }
    }

    public static string NotWritableMessage(string kind, string label, string key) =>
        $"The {kind} '{label}' (key \"{key}\") cannot be given a value through ui.State[\"{key}\"]: only the user sets it. " +
        "Remove the assignment (ui.State.Remove(key) resets it).";

    public static string DefaultAndStateMessage(string kind, string label, string key) =>
        $"The {kind} '{label}' (key \"{key}\") has a default value of its own and was also given a value through ui.State[\"{key}\"]; " +
        "the value from ui.State is used. Give the value in one place: drop the default argument, or set ui.State only. (Shown once per session.)";

    public static string InvalidStateValueMessage(string key, string reason) =>
        $"ui.State[\"{key}\"] was given a value its widget does not take. {reason}; the widget was reset to its default.";

    /// <summary>A value as messages show it: invariant numbers and dates, quoted text, lists in brackets.</summary>
    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
        _ => value.ToString() ?? "",
    };

    /// <summary>The verb that makes a widget kind: <c>select-box</c> → <c>SelectBox</c>.</summary>
    public static string VerbOf(string kind) =>
        string.Concat(kind.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
