namespace DataApps.Components.Tests.Support;

/// <summary>Elements with plausible contents, for tests that do not care about every field.</summary>
internal static partial class Some
{
    public static EquatableArray<string> Options(params string[] options) => options.Length == 0 ? new[] { "Adelie", "Chinstrap", "Gentoo" } : options;

    public static ContainerElement Container(params Element[] children) => new(false) { Children = children };

    /// <summary>One element of every built-in type that has a renderer.</summary>
    public static IEnumerable<Element> OfEveryKind() =>
    [
        new TitleElement("Title"), new HeaderElement("Header", true), new SubheaderElement("Sub"), new CaptionElement("Caption"),
        new TextElement("Text"), new MarkdownElement("**md**", false), new CodeElement("x", "csharp"), new DividerElement(),
        new LatexElement("x^2"), new HtmlElement("<b>b</b>"), new BadgeElement("New", null, BadgeColor.Blue),
        new JsonTreeElement("""{"a":1}"""), new MetricElement("Rows", "3", "+1", DeltaDirection.Up, DeltaColor.Normal),
        new SuccessElement("ok"), new InfoElement("i"), new WarningElement("w"), new ErrorElement("e"),
        new ExceptionElement("Exception", "boom", "at X", "id"),
        Container(new TextElement("in")),
        new FormElement("form:f", "f", true, 0) { Children = new Element[] { new TextElement("in a form") } },
        new FragmentElement("fragment:key:f", null) { Children = new Element[] { new TextElement("in a fragment") } },
        new DialogElement("fragment:key:d", "Rename", DialogWidth.Medium, true, 1) { Children = new Element[] { new TextElement("in a dialog") } },
        new PopoverElement("Settings", false) { Children = new Element[] { new TextElement("in a popover") } },
        new ProgressElement(0.4, "Training"),
        new StatusElement("Downloading", StatusState.Running, false) { Children = new Element[] { new TextElement("step") } },
        new ToastElement("Saved", null, 1),
        new ChatMessageElement("user", null) { Children = new Element[] { new TextElement("hi") } },
        new ChatInputElement("chat-1", "Ask", null), // a widget without help or label, as in Streamlit
        new ColumnsElement(new[] { 1.0 }) { Children = new Element[] { new ColumnElement(1) { Children = new Element[] { new TextElement("c") } } } },
        new TabsElement(new[] { "A" }) { Children = new Element[] { new TabElement("A") { Children = new Element[] { new TextElement("t") } } } },
        new ExpanderElement("More", true) { Children = new Element[] { new TextElement("e") } },
        new EmptyElement { Children = new Element[] { new TextElement("e") } },
        new SpinnerElement("Running Load()…"),
        new ServiceStatusElement("sentiment", ServiceState.Up, "up · 12 ms"),
        new DataEditorElement(
            "data-editor-1", "Editor", new Microsoft.Data.Analysis.DataFrame(new Microsoft.Data.Analysis.Int32DataFrameColumn("n", [1])),
            new[] { new EditorColumn("n", "n", EditorKind.Integer, EquatableArray<string>.Empty, false) }, DataEdits.None, true, 20, EquatableArray<CellError>.Empty),
        DataFrame(), Table(),
        new ChartElement(Chart()),
        new PlotlyElement([new Plotly.Blazor.Traces.Scatter { X = [1, 2], Y = [3, 4] }], null, null, 300),
        new SelectablePlotlyElement("plotly-1", [new Plotly.Blazor.Traces.Scatter { X = [1, 2], Y = [3, 4] }], null, null, 300, ChartSelectionMode.Box, PlotlySelection.Empty),
        new JsComponentElement("component-1", "not-registered", "{}", "null", 1000), // a JS component shows no label or help: its module draws everything
        .. SomeMedia.Displays(),
        .. Widgets(),
        LinkButton(),
        new PageLinkElement("Charts", "/charts", "insert_chart"),
        new LoginButtonElement("Sign in"),
        new LogoutButtonElement("Sign out"),
    ];

    /// <summary>A line chart of a small frame with columns <c>x</c>, <c>y</c> and <c>group</c>.</summary>
    public static Chart Chart(ChartKind kind = ChartKind.Line, int rows = 10) =>
        new(kind, Enumerable.Range(0, rows).Select(i => new { x = (double)i, y = i * 2.0, group = i % 2 == 0 ? "even" : "odd" }).ToDataFrame())
        {
            X = "x",
            Y = "y",
        };

    public static SelectableChartElement SelectableChart(Chart? chart = null) =>
        new("chart-1", "Points", chart ?? Chart(ChartKind.Scatter), ChartSelectionMode.Box, ChartSelection.Empty);

    /// <summary>A grid over a small frame (see <see cref="Frame"/>).</summary>
    public static DataFrameElement DataFrame(RowSelection selection = RowSelection.None, Microsoft.Data.Analysis.DataFrame? data = null, params Column[] columns) =>
        new("data-frame-1", data ?? Frame(), columns, 400, selection, EquatableArray<int>.Empty);

    /// <summary>A frame of <paramref name="rows"/> rows: <c>name</c> ("row 0", …), <c>value</c> (0, 10, 20, …).</summary>
    public static Microsoft.Data.Analysis.DataFrame Frame(int rows = 5) => new(
        new Microsoft.Data.Analysis.StringDataFrameColumn("name", Enumerable.Range(0, rows).Select(i => "row " + i)),
        new Microsoft.Data.Analysis.PrimitiveDataFrameColumn<int>("value", Enumerable.Range(0, rows).Select(i => i * 10)));

    public static TableElement Table() => new(new[] { "name", "value" }, new[] { false, true }, new[] { "a", "1", "b", "2" }, 2);
}
