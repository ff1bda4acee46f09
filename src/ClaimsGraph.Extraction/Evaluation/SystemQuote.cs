using System.Text.Json;

namespace ClaimsGraph.Extraction.Evaluation;

/// <summary>A quote as <c>claimsgraph extract --jsonl</c> writes it, reduced to what scoring reads.</summary>
public sealed record SystemQuote(int Start, int End, string Kind, string? SpeakerName, (int Start, int End)? Mention)
{
    public bool IsIndirect => Kind.Equals("INDIRECT", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one output line: its "id" and quotes.</summary>
    public static (string Id, List<SystemQuote> Quotes) ParseLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var quotes = new List<SystemQuote>();
        if (root.TryGetProperty("quotes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var q in list.EnumerateArray())
            {
                var kind = q.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() is { Length: > 0 } ks ? ks : "DIRECT";
                string? name = null;
                (int, int)? mention = null;
                if (q.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.Object)
                {
                    if (sp.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) name = n.GetString();
                    if (sp.TryGetProperty("mention", out var m) && m.ValueKind == JsonValueKind.Object &&
                        m.TryGetProperty("start", out var ms) && m.TryGetProperty("end", out var me))
                        mention = (ms.GetInt32(), me.GetInt32());
                }
                quotes.Add(new SystemQuote(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), kind, name, mention));
            }
        }
        return (root.GetProperty("id").ValueKind == JsonValueKind.String ? root.GetProperty("id").GetString()! : root.GetProperty("id").GetRawText(), quotes);
    }
}
