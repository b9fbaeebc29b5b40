namespace DataApps.Testing;

// Finders for what a page shows but the user cannot change: texts, alerts, metrics, progress bars, code and JSON.
// By index (document order: main area, then sidebar), by label where the element has one, or all of a kind.
public sealed partial class AppTest
{
    /// <summary>The texts of every <c>ui.Title</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Titles => TextsOf<TitleElement>(e => e.Text);

    /// <summary>The text of the <c>ui.Title</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("Penguins", app.Title());</c></example>
    public string Title(int index = 0) => At(Titles, index, "title");

    /// <summary>The texts of every <c>ui.Header</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Headers => TextsOf<HeaderElement>(e => e.Text);

    /// <summary>The text of the <c>ui.Header</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("Summary", app.Header());</c></example>
    public string Header(int index = 0) => At(Headers, index, "header");

    /// <summary>The texts of every <c>ui.Subheader</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Subheaders => TextsOf<SubheaderElement>(e => e.Text);

    /// <summary>The text of the <c>ui.Subheader</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("By island", app.Subheader(1));</c></example>
    public string Subheader(int index = 0) => At(Subheaders, index, "subheader");

    /// <summary>The texts of every <c>ui.Caption</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Captions => TextsOf<CaptionElement>(e => e.Text);

    /// <summary>The text of the <c>ui.Caption</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("Source: Palmer Station", app.Caption());</c></example>
    public string Caption(int index = 0) => At(Captions, index, "caption");

    /// <summary>The texts of every <c>ui.Text</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Texts => TextsOf<TextElement>(e => e.Text);

    /// <summary>The text of the <c>ui.Text</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("n² = 4", app.Text());</c></example>
    public string Text(int index = 0) => At(Texts, index, "text");

    /// <summary>The sources of every <c>ui.Markdown</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Markdowns => TextsOf<MarkdownElement>(e => e.Markdown);

    /// <summary>The source of the <c>ui.Markdown</c> at <paramref name="index"/>, as the page wrote it.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("**344** penguins", app.Markdown());</c></example>
    public string Markdown(int index = 0) => At(Markdowns, index, "markdown");

    /// <summary>The code of every <c>ui.Code</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> CodeBlocks => TextsOf<CodeElement>(e => e.Code);

    /// <summary>The code of the <c>ui.Code</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Contains("SELECT", app.Code());</c></example>
    public string Code(int index = 0) => At(CodeBlocks, index, "code block");

    /// <summary>The JSON text of every <c>ui.Json</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> JsonBlocks => TextsOf<JsonTreeElement>(e => e.Json);

    /// <summary>The JSON text of the <c>ui.Json</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>var row = System.Text.Json.JsonDocument.Parse(app.Json()).RootElement;</c></example>
    public string Json(int index = 0) => At(JsonBlocks, index, "JSON block");

    /// <summary>The bodies of every <c>ui.Success</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Successes => TextsOf<SuccessElement>(e => e.Body);

    /// <summary>The body of the <c>ui.Success</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("Saved.", app.Success());</c></example>
    public string Success(int index = 0) => At(Successes, index, "success message");

    /// <summary>The bodies of every <c>ui.Info</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Infos => TextsOf<InfoElement>(e => e.Body);

    /// <summary>The body of the <c>ui.Info</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("Upload a file.", app.Info());</c></example>
    public string Info(int index = 0) => At(Infos, index, "info message");

    /// <summary>The bodies of every <c>ui.Warning</c> of the last run, in document order.</summary>
    public IReadOnlyList<string> Warnings => TextsOf<WarningElement>(e => e.Body);

    /// <summary>The body of the <c>ui.Warning</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("No rows match.", app.Warning());</c></example>
    public string Warning(int index = 0) => At(Warnings, index, "warning");

    /// <summary>The bodies of every error message of the last run (<c>ui.Error</c>, and those the framework shows for a usage error), in document order.</summary>
    public IReadOnlyList<string> Errors => TextsOf<ErrorElement>(e => e.Body);

    /// <summary>The body of the error message at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Contains("key:", app.Error());</c></example>
    public string Error(int index = 0) => At(Errors, index, "error message");

    /// <summary>The exceptions the last run showed (an exception in a callback or the body), in document order.</summary>
    /// <example><c>Assert.Equal("boom", Assert.Single(app.Exceptions).Message);</c></example>
    public IReadOnlyList<ExceptionElement> Exceptions => Get<ExceptionElement>();

    /// <summary>Every <c>ui.Metric</c> of the last run, in document order.</summary>
    public IReadOnlyList<MetricElement> Metrics => Get<MetricElement>();

    /// <summary>The <c>ui.Metric</c> with this label: its formatted <see cref="MetricElement.Value"/> and <see cref="MetricElement.Delta"/>.</summary>
    /// <param name="label">The metric's label.</param>
    /// <exception cref="InvalidOperationException">No metric has this label, or several do (then find it by index); the message lists the labels.</exception>
    /// <example><c>Assert.Equal("344", app.Metric("Penguins").Value);</c></example>
    public MetricElement Metric(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return ByLabel(Metrics, label, m => m.Label, "metric");
    }

    /// <summary>The <c>ui.Metric</c> at <paramref name="index"/>.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal("+12", app.Metric(0).Delta);</c></example>
    public MetricElement Metric(int index) => At(Metrics, index, "metric", m => m.Label);

    /// <summary>Every <c>ui.Progress</c> bar of the last run, in document order.</summary>
    public IReadOnlyList<ProgressElement> ProgressBars => Get<ProgressElement>();

    /// <summary>The progress bar at <paramref name="index"/>: its <see cref="ProgressElement.Value"/> (0 to 1) and text.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer; the message lists those it has.</exception>
    /// <example><c>Assert.Equal(1.0, app.Progress().Value);</c></example>
    public ProgressElement Progress(int index = 0) => At(ProgressBars, index, "progress bar", p => p.Text ?? $"{p.Value:P0}");

    /// <summary>The progress bar whose text is <paramref name="text"/>.</summary>
    /// <param name="text">The text above the bar.</param>
    /// <exception cref="InvalidOperationException">No bar has this text, or several do; the message lists the texts.</exception>
    /// <example><c>Assert.Equal(0.5, app.Progress("Loading").Value);</c></example>
    public ProgressElement Progress(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ByLabel(ProgressBars, text, p => p.Text ?? "", "progress bar");
    }

    /// <summary>Every <c>ui.ServiceStatus</c> line of the last run, in document order.</summary>
    public IReadOnlyList<ServiceStatusElement> ServiceStatuses => Get<ServiceStatusElement>();

    /// <summary>The <c>ui.ServiceStatus</c> line of the service called <paramref name="name"/>: its state and summary.</summary>
    /// <param name="name">The service's name as the page shows it.</param>
    /// <exception cref="InvalidOperationException">No line has this name, or several do; the message lists the names.</exception>
    /// <example><c>Assert.Equal(ServiceState.Down, app.ServiceStatus("sentiment").State);</c></example>
    public ServiceStatusElement ServiceStatus(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByLabel(ServiceStatuses, name, s => s.Name, "service status");
    }

    /// <summary>Every <c>ui.Table</c> of the last run, in document order.</summary>
    public IReadOnlyList<TableHandle> Tables => [.. Get<TableElement>().Select(t => new TableHandle(t))];

    /// <summary>The <c>ui.Table</c> at <paramref name="index"/>: its headers and the shown cells, as rows, records or a frame.</summary>
    /// <param name="index">0 for the first.</param>
    /// <exception cref="InvalidOperationException">The last run has fewer tables.</exception>
    /// <example><c>Assert.Equal("Adelie", app.Table().Records[0]["species"]);</c></example>
    public TableHandle Table(int index = 0) => At(Tables, index, "table", t => string.Join("|", t.Headers));

    private List<string> TextsOf<TElement>(Func<TElement, string> text)
        where TElement : Element => [.. Elements.OfType<TElement>().Select(text)];

    private static string At(IReadOnlyList<string> items, int index, string kind) => At(items, index, kind, s => s);

    private static T At<T>(IReadOnlyList<T> items, int index, string kind, Func<T, string> describe) =>
        index >= 0 && index < items.Count
            ? items[index]
            : throw new InvalidOperationException($"There is no {kind} {index} in the last run: it has {Listing(items, kind, describe)}");

    private static T ByLabel<T>(IReadOnlyList<T> items, string label, Func<T, string> labelOf, string kind)
    {
        var found = items.Where(i => labelOf(i) == label).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new InvalidOperationException($"No {kind} labelled '{label}' in the last run: it has {Listing(items, kind, labelOf)}"),
            _ => throw new InvalidOperationException($"{found.Count} {kind}s are labelled '{label}' in the last run; find one by its index instead."),
        };
    }

    private static string Listing<T>(IReadOnlyList<T> items, string kind, Func<T, string> describe)
    {
        const int MaxShown = 10;
        if (items.Count == 0)
        {
            return $"no {kind}.";
        }

        var shown = string.Join(", ", items.Take(MaxShown).Select((item, i) => $"{i}: '{Shorten(describe(item))}'"));
        return $"{items.Count} {kind}{(items.Count == 1 ? "" : "s")} ({shown}{(items.Count > MaxShown ? ", …" : "")}).";
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
