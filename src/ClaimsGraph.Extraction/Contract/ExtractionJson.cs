using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Pipeline;

namespace ClaimsGraph.Extraction.Contract;

/// <summary>
/// Writes an <see cref="ExtractionResult"/> as the JSON contract of <c>claimsgraph extract</c>
/// (docs/ARCHITECTURE.md): quotes with speaker, mention, cue and targets; entities with mention spans;
/// events with participants. Offsets are UTF-16 indices into the input text.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Serialize(string text, ExtractionResult result, string? id = null, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options with { Indented = indented }))
        {
            Write(writer, text, result, id);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, string text, ExtractionResult result, string? id)
    {
        var names = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in result.Entities) names.TryAdd(e.Entity.Id, e.Entity);

        w.WriteStartObject();
        if (id is not null) w.WriteString("id", id);
        w.WriteStartArray("quotes");
        foreach (var q in result.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("text", q.Text);
            w.WriteNumber("start", q.Span.Start);
            w.WriteNumber("end", q.Span.End);
            w.WriteString("kind", q.Kind.ToString().ToUpperInvariant());
            if (q.Pieces.Count > 0) WriteOffsets(w, "pieces", q.Pieces);
            w.WriteStartObject("speaker");
            if (q.Speaker.EntityId is null) w.WriteNull("id"); else w.WriteString("id", q.Speaker.EntityId);
            if (q.Speaker.Name is null) w.WriteNull("name"); else w.WriteString("name", q.Speaker.Name);
            if (q.Speaker.Mention is { } m) WriteSpan(w, "mention", text, m); else w.WriteNull("mention");
            if (q.Speaker.Description is not null) w.WriteString("description", q.Speaker.Description);
            w.WriteEndObject();
            if (q.Cue is { } cue) WriteSpan(w, "cue", text, cue); else w.WriteNull("cue");
            w.WriteStartArray("about");
            foreach (var a in q.About)
            {
                w.WriteStartObject();
                w.WriteString("id", a.EntityId);
                if (names.TryGetValue(a.EntityId, out var e))
                {
                    w.WriteString("name", e.Name);
                    w.WriteString("type", e.Type.ToString());
                }
                w.WriteNumber("weight", a.Weight);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("confidence", q.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in result.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Entity.Id);
            w.WriteString("type", e.Entity.Type.ToString());
            w.WriteString("name", e.Entity.Name);
            if (e.Entity is Person p && p.Roles.Count > 0)
            {
                w.WriteStartArray("roles");
                foreach (var r in p.Roles) w.WriteStringValue(r);
                w.WriteEndArray();
            }
            WriteOffsets(w, "mentions", e.Mentions);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("affiliations");
        foreach (var a in result.Affiliations)
        {
            w.WriteStartObject();
            w.WriteString("person", a.PersonId);
            w.WriteString("target", a.TargetId);
            w.WriteString("role", a.Role);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var ev in result.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", ev.Event.Id);
            w.WriteString("type", ev.Event.EventType);
            w.WriteString("label", ev.Event.Label);
            if (ev.Event.Date is null) w.WriteNull("date"); else w.WriteString("date", ev.Event.Date);
            if (ev.Event.DateText is not null) w.WriteString("dateText", ev.Event.DateText);
            w.WriteStartArray("participants");
            foreach (var p in ev.Participants) w.WriteStringValue(p.EntityId);
            w.WriteEndArray();
            if (ev.LocatedInId is not null) w.WriteString("place", ev.LocatedInId);
            w.WriteStartObject("mention");
            w.WriteNumber("start", ev.Span.Start);
            w.WriteNumber("end", ev.Span.End);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An array of <c>{"start", "end"}</c> objects.</summary>
    private static void WriteOffsets(Utf8JsonWriter w, string name, IReadOnlyList<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var span in spans)
        {
            w.WriteStartObject();
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, string text, TextSpan span)
    {
        w.WriteStartObject(name);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteString("text", text[span.Start..span.End]);
        w.WriteEndObject();
    }
}
