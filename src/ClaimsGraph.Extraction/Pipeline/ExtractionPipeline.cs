using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Events;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Quotes;
using ClaimsGraph.Extraction.Targets;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Pipeline;

/// <summary>Runs the stages in order: text → sentences → mentions → quotes → speakers (coreference) → indirect speech (a report running into quoted words becomes a partial quote) → targets → events.</summary>
public sealed class ExtractionPipeline(ExtractionOptions options) : IArticleExtractor
{
    public ExtractionPipeline() : this(new ExtractionOptions()) { }

    public ExtractionResult Extract(string text, DateTimeOffset? publishedAt = null)
    {
        if (string.IsNullOrEmpty(text)) return ExtractionResult.Empty;
        var doc = new Document(text, options.DoubleApostropheQuotes);
        var pieces = QuoteMarkPairer.Pair(doc);
        MentionRecognizer.Run(doc);
        var candidates = QuoteAttributor.Attribute(doc, pieces);
        var reports = IndirectSpeechFinder.Find(doc, candidates);
        QuotedWordsInReports.Promote(doc, pieces, candidates, reports);
        candidates.AddRange(reports);
        candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var quotes = new List<ExtractedQuote>(candidates.Count);
        foreach (var c in candidates)
        {
            quotes.Add(new ExtractedQuote(c.Span, c.JoinedText ?? text[c.Span.Start..c.Span.End], c.Kind, c.Speaker, c.Cue, TargetFinder.Find(doc, c), c.Confidence)
                { Pieces = c.Pieces ?? [] });
        }
        var events = EventFinder.Find(doc, publishedAt);
        return new ExtractionResult(quotes, Entities(doc), events, doc.Affiliations.Distinct().ToList());
    }

    private static List<ExtractedEntity> Entities(Document doc)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        foreach (var m in doc.Mentions)
        {
            if (!spans.TryGetValue(m.EntityId, out var list)) spans[m.EntityId] = list = [];
            list.Add(doc.SpanOf(m.FirstToken, m.EndToken));
        }
        var entities = new List<ExtractedEntity>(spans.Count);
        foreach (var (id, list) in spans)
        {
            Entity? entity = doc.People.TryGetValue(id, out var p)
                ? new Person(p.Id, p.Name, [], p.Roles.ToList())
                : doc.OtherEntities.GetValueOrDefault(id);
            if (entity is null) continue;
            list.Sort(ByStartThenEnd);
            RemoveAdjacentDuplicates(list);
            entities.Add(new ExtractedEntity(entity, list));
        }
        entities.Sort((a, b) => a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return entities;
    }

    private static int ByStartThenEnd(TextSpan a, TextSpan b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);

    /// <summary>Drops repeats from a sorted list in place (a mention can be indexed twice).</summary>
    private static void RemoveAdjacentDuplicates(List<TextSpan> sorted)
    {
        var kept = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) sorted[kept++] = sorted[i];
        }
        sorted.RemoveRange(kept, sorted.Count - kept);
    }
}
