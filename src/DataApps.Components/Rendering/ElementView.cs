using Microsoft.AspNetCore.Components;

namespace DataApps.Components;

/// <summary>
/// The base of every renderer: a component whose only input is its element (plus the cascading
/// <see cref="IWidgetSink"/> for widgets). It renders again only when the element changes.
/// </summary>
/// <typeparam name="TElement">The element type it shows.</typeparam>
public abstract class ElementView<TElement> : ComponentBase
    where TElement : Element
{
    private TElement? _rendered;
    private bool _force;

    /// <summary>The element to show.</summary>
    [Parameter, EditorRequired]
    public TElement Element { get; set; } = default!;

    /// <summary>Where widget renderers send the user's changes.</summary>
    [CascadingParameter]
    public IWidgetSink? Sink { get; set; }

    /// <summary>Sends a new value for this widget (the element must be a <see cref="WidgetElement"/>).</summary>
    /// <param name="value">The value, in the form the widget's spec decodes.</param>
    protected void SendValue(object? value)
    {
        if (Element is WidgetElement widget)
        {
            Sink?.SetValue(widget.WidgetId, value);
        }
    }

    /// <summary>Fires this trigger widget (a button).</summary>
    protected void SendTrigger()
    {
        if (Element is WidgetElement widget)
        {
            Sink?.Trigger(widget.WidgetId);
        }
    }

    /// <inheritdoc />
    public override Task SetParametersAsync(ParameterView parameters)
    {
        var task = base.SetParametersAsync(parameters);
        _rendered ??= Element; // the first render does not consult ShouldRender
        return task;
    }

    /// <summary>Renders again even though the element has not changed (for state local to the view).</summary>
    protected void Refresh()
    {
        _force = true;
        StateHasChanged();
    }

    /// <inheritdoc />
    /// <remarks>Skips the render when the element is the one last rendered or equal to it (see Note [Structural sharing]).</remarks>
    protected override bool ShouldRender()
    {
        if (!_force && _rendered is not null && (ReferenceEquals(_rendered, Element) || _rendered.Equals(Element)))
        {
            return false;
        }

        _force = false;
        _rendered = Element;
        return true;
    }
}
