using DataApps.Runtime;

namespace DataApps;

public sealed partial class Ui
{
    /// <summary>
    /// Writes a fragment: a part of the page that reruns on its own. A change to a widget inside it runs only
    /// <paramref name="body"/> again, not the page; <paramref name="runEvery"/> also reruns it on a server timer (a live
    /// dashboard). Every run of the whole page runs it too.
    /// </summary>
    /// <param name="body">Writes the fragment, with the <see cref="Ui"/> it is given. It may use values the page computed: a
    /// fragment's rerun uses the ones of the last run of the whole page.</param>
    /// <param name="runEvery">How often the server reruns the fragment, if at all.</param>
    /// <param name="key">Names the fragment; without it, its identity is the body's method and how often the run used it.</param>
    /// <exception cref="InvalidOperationException">The fragment is inside another fragment, or its key is used twice.</exception>
    /// <example>
    /// <code>
    /// ui.Fragment(f =&gt;
    /// {
    ///     var n = f.Slider("Points", 10, 1000, 100);
    ///     f.LineChart(Sample(n), x: "x", y: "y");    // moving the slider reruns only this
    /// });
    /// ui.Fragment(f =&gt; f.Metric("Queue", queue.Count), runEvery: TimeSpan.FromSeconds(2));
    /// </code>
    /// </example>
    public void Fragment(Action<Ui> body, TimeSpan? runEvery = null, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var task = FragmentAsync(ui => { body(ui); return Task.CompletedTask; }, runEvery, key, body.Method, id => new FragmentElement(id, runEvery));
        task.GetAwaiter().GetResult(); // completes synchronously: the body is synchronous
    }

    /// <summary>Writes an asynchronous fragment; see <see cref="Fragment(Action{Ui}, TimeSpan?, string?)"/>.</summary>
    /// <param name="body">Writes the fragment.</param>
    /// <param name="runEvery">How often the server reruns the fragment, if at all.</param>
    /// <param name="key">Names the fragment.</param>
    /// <returns>A task that completes when the body has written the fragment.</returns>
    /// <example><c>await ui.FragmentAsync(async f =&gt; f.Json(await api.StatusAsync(f.CancellationToken)), runEvery: TimeSpan.FromSeconds(5));</c></example>
    public Task FragmentAsync(Func<Ui, Task> body, TimeSpan? runEvery = null, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return FragmentAsync(body, runEvery, key, body.Method, id => new FragmentElement(id, runEvery));
    }

    private Task FragmentAsync(Func<Ui, Task> body, TimeSpan? runEvery, string? key, System.Reflection.MethodInfo method, Func<string, BlockElement> template)
    {
        if (key is { Length: 0 })
        {
            throw new ArgumentException("The key of a fragment is empty; pass a non-empty key or none.", nameof(key));
        }

        if (runEvery is { } every && every < TimeSpan.FromMilliseconds(100))
        {
            throw new ArgumentOutOfRangeException(nameof(runEvery), every, "A fragment reruns at most every 100 ms.");
        }

        var run = Checkpoint();
        if (_fragment is not null)
        {
            throw new InvalidOperationException("A fragment cannot contain another fragment: write the second fragment next to the first.");
        }

        var baseId = key is null ? $"fragment:{method.DeclaringType?.FullName}.{method.Name}" : "fragment:key:" + key;
        var used = run.Fragments.GetValueOrDefault(baseId);
        if (key is not null && used > 0)
        {
            throw new InvalidOperationException($"There are multiple fragments with the key \"{key}\". Give each fragment a unique key.");
        }

        run.Fragments[baseId] = used + 1;
        var id = used == 0 ? baseId : $"{baseId}#{used}";
        run.Fragments[id] = 1;
        var blockTemplate = template(id);
        var entry = _session.RegisterFragment(id, body, runEvery, _form, blockTemplate);
        var block = _session.EmitBlock(run, Block(run), blockTemplate);
        return body(new Ui(_session, UiTarget.Block, block, _form, new FragmentScope(entry.Id)));
    }
}
