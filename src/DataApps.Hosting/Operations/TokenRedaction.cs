using System.Diagnostics;
using DataApps.Files;
using Serilog.Core;
using Serilog.Events;

namespace DataApps.Hosting.Operations;

/// <summary>
/// Keeps session tokens out of logs and traces: every file URL's token becomes <c>***</c> (<see cref="FileStore.Redact"/>).
/// </summary>
/// <remarks>
/// Note [Token redaction]: a file URL's token names a live session's uploads, downloads and media. Ownership already makes a copied
/// URL useless to others (Note [File ownership]), but a URL in a log is still a session's name and a hint of what it holds, so
/// nothing DataApps emits carries one: its own request log redacts the path, the Serilog enricher rewrites every property of every
/// event (ASP.NET Core's hosting log's <c>Path</c> and its <c>RequestPath</c> scope included; the enricher runs after the scope
/// properties are added), and the trace processor rewrites the tags and the name of every activity before it is exported
/// (<c>url.path</c>, <c>url.full</c>, <c>http.target</c>).
/// </remarks>
internal sealed class TokenRedaction : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (Redact(value) is { } redacted)
            {
                (changed ??= []).Add(new LogEventProperty(name, redacted));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The value with its tokens redacted, or <c>null</c> when it has none.</summary>
    private static LogEventPropertyValue? Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text } when FileStore.Redact(text) is var redacted && !ReferenceEquals(redacted, text):
                return new ScalarValue(redacted);
            case ScalarValue { Value: not (null or string) and var other } when other.ToString() is { } text && FileStore.Redact(text) != text:
                return new ScalarValue(FileStore.Redact(text)); // a PathString or Uri logged as itself
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(e => Redact(e)).ToList();
                return elements.Any(e => e is not null)
                    ? new SequenceValue(elements.Select((e, i) => e ?? sequence.Elements[i]))
                    : null;
            case StructureValue structure:
                var properties = structure.Properties.Select(p => Redact(p.Value)).ToList();
                return properties.Any(p => p is not null)
                    ? new StructureValue(structure.Properties.Select((p, i) => properties[i] is { } r ? new LogEventProperty(p.Name, r) : p), structure.TypeTag)
                    : null;
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => (e.Key, Value: Redact(e.Value) ?? e.Value)).ToList();
                return entries.Zip(dictionary.Elements).Any(p => !ReferenceEquals(p.First.Value, p.Second.Value))
                    ? new DictionaryValue(entries.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, e.Value)))
                    : null;
            default:
                return null;
        }
    }

    /// <summary>Rewrites the tags and the name of every finished activity before exporters see it.</summary>
    public sealed class TraceProcessor : OpenTelemetry.BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            List<(string Key, string Value)>? changed = null;
            foreach (var (key, value) in data.TagObjects)
            {
                if (value is string text && FileStore.Redact(text) is var redacted && !ReferenceEquals(redacted, text))
                {
                    (changed ??= []).Add((key, redacted));
                }
            }

            foreach (var (key, value) in changed ?? [])
            {
                data.SetTag(key, value);
            }

            data.DisplayName = FileStore.Redact(data.DisplayName);
        }
    }
}
