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

    public static string DuplicateWidgetMessage<TValue>(WidgetSpec<TValue> spec) => spec.Key is { } key
        ? $"There are multiple widgets with the key `{key}` (the second is the {spec.Kind} '{spec.Label}'). Give each widget a unique `key:`."
        : spec.Label.Length == 0
        ? $"There are multiple `{spec.Kind}` widgets with the same identity. Give each a unique `key:`, e.g. `ui.{VerbOf(spec.Kind)}(…, key: \"{spec.Kind}-2\")`."
        : $"There are multiple `{spec.Kind}` widgets with the same identity (label '{spec.Label}' and the same parameters). " +
          $"Give each a unique `key:`, e.g. `ui.{VerbOf(spec.Kind)}(\"{spec.Label}\", …, key: \"{spec.Label}-2\")`.";

    public static string WrongTypeMessage<TValue>(WidgetSpec<TValue> spec, object? stored) =>
        $"The {spec.Kind} '{spec.Label}' needs a value of type {typeof(TValue).Name}, but its state holds {SessionState.Describe(stored)}" +
        (spec.Key is { } key ? $" (set through ui.State[\"{key}\"])" : "") + "; it was reset to its default.";

    /// <summary>The verb that makes a widget kind: <c>select-box</c> → <c>SelectBox</c>.</summary>
    public static string VerbOf(string kind) =>
        string.Concat(kind.Split('-').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
