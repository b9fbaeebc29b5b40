namespace DataApps.Testing;

public sealed partial class AppTest
{
    // Values set on widgets inside a form, held back until the form's submit button is clicked, as the browser does.
    private readonly Dictionary<string, List<KeyValuePair<string, object?>>> _heldByForm = new(StringComparer.Ordinal);

    /// <summary>The form with this key, as the last run wrote it.</summary>
    /// <param name="key">The key given to <c>ui.Form</c>.</param>
    /// <exception cref="InvalidOperationException">No such form in the last run.</exception>
    public FormElement Form(string key) =>
        Get<FormElement>().FirstOrDefault(f => f.Key == key)
        ?? throw new InvalidOperationException($"No form with the key '{key}' in the last run. Found: " +
            (Get<FormElement>() is { Count: > 0 } forms ? string.Join(", ", forms.Select(f => $"'{f.Key}'")) : "none") + ".");

    /// <summary>The submit button with this label or key.</summary>
    /// <param name="labelOrKey">The label, or the key given to the verb.</param>
    public SubmitButtonHandle SubmitButton(string labelOrKey) => new(this, Find<SubmitButtonElement>(labelOrKey));

    /// <summary>How many values the form <paramref name="key"/> holds back until it is submitted.</summary>
    /// <param name="key">The form's key.</param>
    public int HeldValues(string key) => _heldByForm.TryGetValue("form:" + key, out var held) ? held.Count : 0;

    /// <summary>Holds the value back when the widget is inside a form; true when it did.</summary>
    private bool HoldForForm(string widgetId, object? wireValue)
    {
        if (FormOf(widgetId) is not { } formId)
        {
            return false;
        }

        var held = _heldByForm.TryGetValue(formId, out var list) ? list : _heldByForm[formId] = [];
        held.RemoveAll(v => v.Key == widgetId);
        held.Add(new(widgetId, wireValue));
        return true;
    }

    internal void Submit(SubmitButtonElement button)
    {
        var values = _heldByForm.Remove(button.FormId, out var held) ? held : [];
        _session.Submit(values, button.WidgetId);
    }

    private string? FormOf(string widgetId)
    {
        static string? Search(BlockElement block, string widgetId, string? form)
        {
            foreach (var child in block.Children)
            {
                if (child is WidgetElement widget && widget.WidgetId == widgetId)
                {
                    return form;
                }

                if (child is BlockElement inner && Search(inner, widgetId, inner is FormElement f ? f.FormId : form) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return Search(Tree.Main, widgetId, null) ?? Search(Tree.Sidebar, widgetId, null);
    }
}

/// <summary>A form's submit button in a test.</summary>
public sealed class SubmitButtonHandle : WidgetHandle<SubmitButtonElement>
{
    internal SubmitButtonHandle(AppTest app, SubmitButtonElement element)
        : base(app, element)
    {
    }

    /// <summary>Submits the form: the values set on its widgets since the last submit, and the click, arrive in the next run.</summary>
    /// <returns>The test, to chain <c>RunAsync</c>.</returns>
    public AppTest Click()
    {
        if (Element.Disabled)
        {
            throw new InvalidOperationException($"'{Element.Label}' is disabled; a user could not click it.");
        }

        App.Submit(Element);
        return App;
    }
}
