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

    /// <summary>The verb that makes a widget kind: <c>select-box</c> → <c>SelectBox</c>.</summary>
    public static string VerbOf(string kind) =>
        string.Concat(kind.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
