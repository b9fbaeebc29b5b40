using Microsoft.AspNetCore.Components;

namespace DataApps.Components.Views.Text;

/// <summary>Shows JSON as a coloured tree whose objects and arrays collapse (<c>ui.Json</c>).</summary>
public partial class JsonView
{
    private string? _source;
    private MarkupString _html;

    private MarkupString Html
    {
        get
        {
            // Rendering happens only when the element changed, but keep the conversion tied to the text anyway.
            if (!ReferenceEquals(_source, Element.Json))
            {
                _source = Element.Json;
                _html = new MarkupString(JsonHtml.Render(Element.Json));
            }

            return _html;
        }
    }
}
