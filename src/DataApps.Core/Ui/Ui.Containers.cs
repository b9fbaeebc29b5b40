namespace DataApps;

public sealed partial class Ui
{
    /// <summary>Lays out <paramref name="count"/> equal columns side by side; returns one <see cref="Ui"/> per column.</summary>
    /// <param name="count">The number of columns.</param>
    /// <example><c>var (left, right) = ui.Columns(2);</c></example>
    public Ui[] Columns(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var weights = new double[count];
        Array.Fill(weights, 1.0);
        return Columns(weights);
    }

    /// <summary>Lays out columns with relative widths; returns one <see cref="Ui"/> per column.</summary>
    /// <param name="weights">The relative widths, e.g. <c>2, 1</c>.</param>
    /// <example><c>var (main, side) = ui.Columns(3, 1);</c></example>
    public Ui[] Columns(params double[] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length == 0 || weights.Any(w => !(w > 0) || double.IsInfinity(w)))
        {
            throw new ArgumentException("Columns need at least one weight, and every weight must be a positive number.", nameof(weights));
        }

        var run = Checkpoint();
        var columns = _session.EmitBlock(run, Block(run), new ColumnsElement(weights.ToArray()));
        var result = new Ui[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            result[i] = Child(_session.EmitBlock(run, columns, new ColumnElement(weights[i])));
        }

        return result;
    }

    /// <summary>Shows tabs; returns one <see cref="Ui"/> per tab.</summary>
    /// <param name="labels">The tab labels.</param>
    /// <example><c>var (chart, data) = ui.Tabs("Chart", "Data");</c></example>
    public Ui[] Tabs(params string[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0)
        {
            throw new ArgumentException("Tabs need at least one label.", nameof(labels));
        }

        var run = Checkpoint();
        var tabs = _session.EmitBlock(run, Block(run), new TabsElement(labels.ToArray()));
        var result = new Ui[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            result[i] = Child(_session.EmitBlock(run, tabs, new TabElement(labels[i] ?? "")));
        }

        return result;
    }

    /// <summary>Shows a collapsible section; returns the <see cref="Ui"/> inside it.</summary>
    /// <param name="label">The header text.</param>
    /// <param name="expanded">Whether it starts open.</param>
    /// <example><c>var more = ui.Expander("Details"); more.Json(row);</c></example>
    public Ui Expander(string label, bool expanded = false) => Child(Checkpoint(), new ExpanderElement(label ?? "", expanded));

    /// <summary>Shows a collapsible section and writes <paramref name="body"/> into it.</summary>
    /// <param name="label">The header text.</param>
    /// <param name="body">Writes the content.</param>
    /// <param name="expanded">Whether it starts open.</param>
    /// <example><c>ui.Expander("Details", e => e.Json(row));</c></example>
    public void Expander(string label, Action<Ui> body, bool expanded = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        body(Expander(label, expanded));
    }

    /// <summary>Starts a group at this place; writing into it later still lands here.</summary>
    /// <param name="border">Draw a border around the group.</param>
    /// <example><c>var box = ui.Container(border: true); … box.Text("filled in later");</c></example>
    public Ui Container(bool border = false) => Child(Checkpoint(), new ContainerElement(border));

    /// <summary>Starts a group at this place and writes <paramref name="body"/> into it.</summary>
    /// <param name="body">Writes the content.</param>
    /// <param name="border">Draw a border around the group.</param>
    /// <example><c>ui.Container(c => c.Metric("Rows", 42), border: true);</c></example>
    public void Container(Action<Ui> body, bool border = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        body(Container(border));
    }

    /// <summary>A placeholder holding one element: each write replaces what it shows. The way to animate.</summary>
    /// <example>
    /// <code>
    /// var frame = ui.Empty();
    /// for (var i = 0; i &lt;= 100; i++) { frame.Text($"{i} %"); await Task.Delay(20, ct); }
    /// </code>
    /// </example>
    public Ui Empty() => Child(Checkpoint(), new EmptyElement(), replaceOnWrite: true);
}

/// <summary>Lets the <see cref="Ui"/>s of columns and tabs be deconstructed: <c>var (a, b) = ui.Columns(2);</c>.</summary>
public static class UiArrayExtensions
{
    /// <summary>Deconstructs two <see cref="Ui"/>s.</summary>
    /// <param name="uis">The columns or tabs.</param>
    /// <param name="first">The first.</param>
    /// <param name="second">The second.</param>
    public static void Deconstruct(this Ui[] uis, out Ui first, out Ui second)
    {
        Expect(uis, 2);
        (first, second) = (uis[0], uis[1]);
    }

    /// <summary>Deconstructs three <see cref="Ui"/>s.</summary>
    /// <param name="uis">The columns or tabs.</param>
    /// <param name="first">The first.</param>
    /// <param name="second">The second.</param>
    /// <param name="third">The third.</param>
    public static void Deconstruct(this Ui[] uis, out Ui first, out Ui second, out Ui third)
    {
        Expect(uis, 3);
        (first, second, third) = (uis[0], uis[1], uis[2]);
    }

    /// <summary>Deconstructs four <see cref="Ui"/>s.</summary>
    /// <param name="uis">The columns or tabs.</param>
    /// <param name="first">The first.</param>
    /// <param name="second">The second.</param>
    /// <param name="third">The third.</param>
    /// <param name="fourth">The fourth.</param>
    public static void Deconstruct(this Ui[] uis, out Ui first, out Ui second, out Ui third, out Ui fourth)
    {
        Expect(uis, 4);
        (first, second, third, fourth) = (uis[0], uis[1], uis[2], uis[3]);
    }

    private static void Expect(Ui[] uis, int count)
    {
        ArgumentNullException.ThrowIfNull(uis);
        if (uis.Length != count)
        {
            throw new ArgumentException($"There are {uis.Length} parts, not {count}.", nameof(uis));
        }
    }
}
