namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Opens a modal dialog and writes <paramref name="body"/> into it. The dialog stays open while the page keeps calling
    /// this (typically in the run a button caused, and in the dialog's own reruns): like a fragment, a widget inside it
    /// reruns only the dialog. The user closing it (×, Escape, a click outside) runs nothing; a run of the whole page that
    /// does not call it again closes it, so <c>d.Rerun()</c> after handling a submit closes it.
    /// </summary>
    /// <param name="title">The title.</param>
    /// <param name="body">Writes the dialog's content.</param>
    /// <param name="width">How wide it is.</param>
    /// <param name="dismissible">Whether the user may close it without the page's help.</param>
    /// <param name="key">Names the dialog; without it, its identity is the body's method.</param>
    /// <exception cref="InvalidOperationException">A second dialog in the same run, or a dialog inside a form or a fragment.</exception>
    /// <example>
    /// <code>
    /// if (ui.Button("Rename"))
    ///     ui.State["renaming"] = true;
    /// if (ui.State.Get&lt;bool&gt;("renaming"))
    ///     ui.Dialog("Rename the model", d =&gt;
    ///     {
    ///         var name = d.TextInput("New name");
    ///         if (d.Button("Save")) { Save(name); d.State["renaming"] = false; d.Rerun(); }
    ///     });
    /// </code>
    /// </example>
    public void Dialog(string title, Action<Ui> body, DialogWidth width = DialogWidth.Medium, bool dismissible = true, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var run = Checkpoint();
        if (_form is not null)
        {
            throw new InvalidOperationException($"The dialog \"{title}\" is inside a form. Open dialogs from the page, outside forms.");
        }

        if (_fragment is not null)
        {
            throw new InvalidOperationException($"The dialog \"{title}\" is opened inside a fragment or a dialog. Open dialogs from the page.");
        }

        if (!run.TryClaimWidget("dialog"))
        {
            throw new InvalidOperationException($"Only one dialog can be open at a time; \"{title}\" is the second in this run.");
        }

        var opened = run.Number;
        FragmentAsync(ui => { body(ui); return Task.CompletedTask; }, null, key, body.Method, id => new DialogElement(id, title, width, dismissible, opened))
            .GetAwaiter().GetResult();
    }

    /// <summary>Shows a button that opens a floating panel; returns the <see cref="Ui"/> inside the panel. Its widgets rerun the page as anywhere else.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="disabled">Show the button greyed out.</param>
    /// <example><c>var settings = ui.Popover("Settings"); var bins = settings.Slider("Bins", 5, 100, 20);</c></example>
    public Ui Popover(string label, bool disabled = false) => Child(Checkpoint(), new PopoverElement(label ?? "", disabled));

    /// <summary>Shows a button that opens a floating panel and writes <paramref name="body"/> into it.</summary>
    /// <param name="label">The button text.</param>
    /// <param name="body">Writes the panel's content.</param>
    /// <param name="disabled">Show the button greyed out.</param>
    /// <example><c>ui.Popover("Filters", p =&gt; species = p.MultiSelect("Species", names));</c></example>
    public void Popover(string label, Action<Ui> body, bool disabled = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        body(Popover(label, disabled));
    }
}
