using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Transcripts and headlines that name the speaker with a label and a colon at the start of a paragraph:
/// "Q: …", "A: …", "CLINTON: …", "Former AG Mukasey at RNC: Clinton email scandal disqualifies her". The
/// content is the rest of the paragraph, every sentence of it; the source is the label.
/// </summary>
public static class SpeakerLabel
{
    private const int MaxLabelTokens = 6;
    private const int MaxContentTokens = 400;
    private const int MinContentTokens = 3;
    private const double Confidence = 0.5;

    /// <summary>The labelled utterance opening at sentence <paramref name="si"/>, or null.</summary>
    public static QuoteCandidate? Find(Document doc, int si)
    {
        var s = doc.Sentences[si];
        var first = s.FirstToken;
        if (first >= s.EndToken || !doc.Tokens[first].Is(TokenFlags.ParagraphStart) || doc.Tokens[first].Kind != TokenKind.Word) return null;
        var colon = -1;
        for (var k = first + 1; k < s.EndToken && k <= first + MaxLabelTokens; k++)
        {
            if (doc.IsPunct(k, ':')) { colon = k; break; }
            if (doc.Tokens[k].Kind is TokenKind.Quote || doc.Tokens[k].Kind == TokenKind.Punct && !doc.IsPunct(k, '.')) return null;
        }
        if (colon < 0 || !IsLabel(doc, first, colon)) return null;
        var start = colon + 1;
        var end = ParagraphEnd(doc, si, start);
        end = ReportedClause.TrimEnd(doc, start, end);
        if (end - start < MinContentTokens || ReportedClause.HasQuoteMark(doc, start, end)) return null;
        var speaker = IsInterviewer(doc, first, colon) ? new Pipeline.ExtractedSpeaker(null, null, doc.SpanOf(first, colon), doc.TextOf(first, colon))
            : SpeakerResolver.Resolve(doc, first, colon, fromRight: true);
        return new QuoteCandidate(doc.SpanOf(start, end), QuoteKind.Indirect, speaker, doc.SpanOf(colon, colon + 1),
            speaker.EntityId is null ? Confidence - 0.1 : Confidence, start, end, first, colon + 1, s.Paragraph);
    }

    /// <summary>"Q", "A", an upper-case name, or a short phrase holding a name or a known source head.</summary>
    private static bool IsLabel(Document doc, int first, int colon)
    {
        if (IsInterviewer(doc, first, colon)) return true;
        if (EditorialLabel.IsEditorial(doc, first, colon)) return false; // "Correction: …", "EMAIL: …"
        for (var k = first; k < colon; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && doc.Word(k).Length > 3 && doc.MentionAt[k] < 0) return false;
        }
        return SourcePhrase.LooksLikeSource(doc, first, colon) || doc.Tokens[first].Is(TokenFlags.AllCaps) && doc.Word(first).Length > 2;
    }

    private static bool IsInterviewer(Document doc, int first, int colon) => colon == first + 1 && (doc.WordIs(first, "Q") || doc.WordIs(first, "A"));

    private static int ParagraphEnd(Document doc, int si, int start)
    {
        var paragraph = doc.Sentences[si].Paragraph;
        var end = doc.Sentences[si].EndToken;
        for (var n = si + 1; n < doc.Sentences.Count && doc.Sentences[n].Paragraph == paragraph && end - start < MaxContentTokens; n++) end = doc.Sentences[n].EndToken;
        return Math.Min(end, start + MaxContentTokens);
    }
}
