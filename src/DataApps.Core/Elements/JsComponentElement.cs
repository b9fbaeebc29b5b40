namespace DataApps;

/// <summary>A JS component (<c>ui.Component</c>): an ES module registered on the server, rendered into a shadow root, whose value is JSON.</summary>
/// <param name="WidgetId">The widget's identity.</param>
/// <param name="Name">The component's registered name; also its label.</param>
/// <param name="Args">The arguments as JSON, handed to the module's <c>render</c> and <c>update</c>.</param>
/// <param name="Value">The current value as JSON, handed to <c>render</c> so the component can restore itself.</param>
/// <param name="MaxSize">The largest value the browser may send, in UTF-8 bytes of JSON.</param>
public sealed record JsComponentElement(string WidgetId, string Name, string Args, string Value, int MaxSize) : WidgetElement(WidgetId, Name);
