using DataApps.Widgets;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Starts a form: the widgets written into the returned <see cref="Ui"/> keep their changes in the browser, without
    /// running the page, until the form's <see cref="SubmitButton"/> is pressed; then all values arrive in one run.
    /// </summary>
    /// <param name="key">The form's key, unique in the page.</param>
    /// <param name="clearOnSubmit">Reset the form's widgets to their defaults after a submit (the run of the submit still sees the values).</param>
    /// <param name="border">Draw a border around the form.</param>
    /// <returns>The <see cref="Ui"/> inside the form.</returns>
    /// <exception cref="InvalidOperationException">The form is inside another form, or its key is used twice.</exception>
    /// <example>
    /// <code>
    /// var form = ui.Form("filters");
    /// var min = form.Slider("Min price", 0, 1000, 100);
    /// var city = form.TextInput("City");
    /// if (form.SubmitButton("Apply")) ui.Write($"Filtering {city} above {min}");
    /// </code>
    /// </example>
    public Ui Form(string key, bool clearOnSubmit = false, bool border = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var run = Checkpoint();
        if (_form is { } outer)
        {
            throw new InvalidOperationException(
                $"The form \"{key}\" is inside the form \"{outer.Key}\". Forms cannot be nested: write the second form next to the first.");
        }

        var id = "form:" + key;
        if (!run.TryClaimWidget(id))
        {
            throw new InvalidOperationException($"There are multiple forms with the key \"{key}\". Give each form a unique key.");
        }

        var scope = new FormScope(id, key, clearOnSubmit);
        var block = _session.EmitBlock(run, Block(run), new FormElement(id, key, border, _session.FormClears(id)));
        run.AddForm(scope, block);
        return new Ui(_session, UiTarget.Block, block, scope, _fragment);
    }

    /// <summary>Writes a form with <paramref name="body"/>; see <see cref="Form(string, bool, bool)"/>.</summary>
    /// <param name="key">The form's key, unique in the page.</param>
    /// <param name="body">Writes the form's widgets and its submit button.</param>
    /// <param name="clearOnSubmit">Reset the form's widgets to their defaults after a submit.</param>
    /// <param name="border">Draw a border around the form.</param>
    /// <example><c>ui.Form("login", f => { name = f.TextInput("Name"); sent = f.SubmitButton("Sign in"); });</c></example>
    public void Form(string key, Action<Ui> body, bool clearOnSubmit = false, bool border = true)
    {
        ArgumentNullException.ThrowIfNull(body);
        body(Form(key, clearOnSubmit, border));
    }

    /// <summary>Shows the button that submits this form; returns <c>true</c> in the run its press causes, which sees all of the form's values.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="primary">Draw it as the primary action.</param>
    /// <param name="key">A unique key; makes the identity the key alone.</param>
    /// <param name="help">A tooltip.</param>
    /// <param name="disabled">Show it greyed out.</param>
    /// <param name="onClick">Called before the run when the form is submitted, with the form's new values already applied.</param>
    /// <param name="shortcut">A key that presses it, such as <c>"Ctrl+Enter"</c> (see <see cref="Button"/>).</param>
    /// <exception cref="InvalidOperationException">This <see cref="Ui"/> is not inside a form.</exception>
    /// <example><c>if (form.SubmitButton("Save", shortcut: "Ctrl+Enter")) db.Save(name);</c></example>
    public bool SubmitButton(string label = "Submit", bool primary = false, string? key = null, string? help = null, bool disabled = false, Action? onClick = null,
        string? shortcut = null)
    {
        var pressed = Widget(new SubmitButtonSpec(label, primary, _form)
        {
            Key = key, Help = help, Disabled = disabled, OnChange = onClick, Shortcut = ShortcutOf(shortcut, "submit button", label),
        });
        Run.MarkSubmitted(_form!.Id);
        return pressed;
    }
}
