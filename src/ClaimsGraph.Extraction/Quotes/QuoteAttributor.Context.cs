using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>A quote with no cue of its own takes its speaker from context: the quote it continues, its neighbours, or the person the paragraph is about.</summary>
public static partial class QuoteAttributor
{
    /// <summary>
    /// A quote with no cue of its own: the quote it continues over a paragraph break, else the previous
    /// attributed quote of this or the previous paragraph, else the next one in this paragraph.
    /// </summary>
    private static void ResolveFromContext(Document doc, List<QuotePiece> pieces, List<QuoteCandidate> results, List<(int Result, int Piece)> pending)
    {
        for (var n = pending.Count - 1; n >= 0; n--)
        {
            var (r, pi) = pending[n];
            var q = results[r];
            if (pieces[pi].Close < 0 && r + 1 < results.Count && results[r + 1].Speaker != ExtractedSpeaker.Unknown)
                results[r] = q with { Speaker = results[r + 1].Speaker with { Mention = results[r + 1].Speaker.Mention }, Confidence = 0.7 };
        }
        foreach (var (r, pi) in pending)
        {
            var q = results[r];
            if (q.Speaker != ExtractedSpeaker.Unknown) continue;
            if (NameRightAfter(doc, pieces[pi]) is { } named)
            {
                results[r] = q with { Speaker = named, Confidence = 0.6 };
                continue;
            }
            // "He promised that he is staying in. “Let me be clear: …”": a report with words of its own in the sentence right before
            // the quote names its speaker before any earlier quote of the paragraph does.
            if (ReportingSentenceBefore(doc, pieces[pi].First, r > 0 ? Math.Max(results[r - 1].EndToken, results[r - 1].ClauseEndToken) - 1 : 0)
                && ReporterOfSentenceBefore(doc, pieces[pi].Open) is { } nearReporter)
            {
                results[r] = q with { Speaker = nearReporter, Confidence = 0.6 };
                continue;
            }
            ExtractedSpeaker? found = null;
            for (var j = r - 1; j >= 0; j--)
            {
                if (results[j].Paragraph < q.Paragraph - 1) break;
                if (results[j].Speaker == ExtractedSpeaker.Unknown) continue;
                found = results[j].Speaker;
                // A speaker carried over a paragraph break yields to another person this paragraph opens a sentence with.
                if (results[j].Paragraph < q.Paragraph && PersonSubjectBefore(doc, pieces[pi].Open) is var (sf, se) && !SameSpeaker(doc, found, sf, se))
                    found = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
                break;
            }
            if (found is null)
            {
                for (var j = r + 1; j < results.Count && results[j].Paragraph == q.Paragraph; j++)
                {
                    if (results[j].Speaker != ExtractedSpeaker.Unknown) { found = results[j].Speaker; break; }
                }
            }
            // "…, Schiff said. “The other factor …”": the source of a report in the sentence right before the quote.
            if (found is null && ReporterOfSentenceBefore(doc, pieces[pi].Open) is { } reporter) found = reporter;
            // No quoted neighbour: the person this paragraph, else the previous one, opens a sentence with.
            if (found is null && (PersonSubjectBefore(doc, pieces[pi].Open) ?? PersonSubjectOfPreviousParagraph(doc, pieces[pi].Open)) is var (pf, pe))
                found = SpeakerResolver.Resolve(doc, pf, pe, fromRight: false);
            // "…, Schiff said." closing the previous paragraph, then a paragraph that is only a quote.
            if (found is null && ReporterOfSentenceBefore(doc, pieces[pi].Open, acrossParagraphs: true) is { } previousReporter) found = previousReporter;
            if (found is not null) results[r] = q with { Speaker = NearestReference(doc, found, pieces[pi].Open), Confidence = 0.6 };
        }
    }

    /// <summary>
    /// The speaker named by the last cue of the sentence ending right before <paramref name="open"/> in the same
    /// paragraph ("The administration may be reluctant to act, Schiff said."), or null.
    /// </summary>
    private static ExtractedSpeaker? ReporterOfSentenceBefore(Document doc, int open, bool acrossParagraphs = false)
    {
        if (open == 0 || doc.Tokens[open].Is(TokenFlags.ParagraphStart) != acrossParagraphs) return null;
        var s = doc.Sentences[doc.SentenceOf[open - 1]];
        if (doc.SentenceOf[open - 1] == doc.SentenceOf[open] || doc.Sentences[doc.SentenceOf[open]].Paragraph - s.Paragraph != (acrossParagraphs ? 1 : 0)) return null;
        for (var v = s.EndToken - 1; v >= s.FirstToken; v--)
        {
            if (doc.InQuote[v] || doc.Tokens[v].Kind == TokenKind.Quote) return null;
            if (!SourcePhrase.IsCue(doc, v)) continue;
            var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
            if (e > f && SourcePhrase.LooksLikeSource(doc, f, e) && (doc.MentionAt[e - 1] >= 0 || SpeakerResolver.IsSubjectPronoun(doc.Word(e - 1)))) return SpeakerResolver.Resolve(doc, f, e, fromRight: true);
            (f, e) = SourcePhrase.After(doc, v, s.EndToken);
            if (e > f && doc.MentionAt[f] >= 0) return SpeakerResolver.Resolve(doc, f, e, fromRight: false);
            // "X said it had concerns about the cuts, which were much more savage than predicted.": a cue with no source
            // of its own ("than predicted", "and had said that") leaves the sentence's earlier cue to name the reporter.
        }
        return null;
    }

    /// <summary>
    /// “Perpetual motion!” Rep. Glenn Thompson, R-Pa., said of …: a quote that ends its own sentence part and is
    /// followed at once by a name or pronoun names its speaker, even when the cue further on is not one we
    /// read (an aside, an unlisted verb). Null when no name follows.
    /// </summary>
    private static ExtractedSpeaker? NameRightAfter(Document doc, QuotePiece p)
    {
        if (p.Close < 0 || p.End <= p.First || !(doc.IsPunct(p.End - 1, ',') || doc.IsPunct(p.End - 1, '?') || doc.IsPunct(p.End - 1, '!'))) return null;
        var k = p.Close + 1;
        if (k >= doc.Tokens.Count || doc.Tokens[k].Is(TokenFlags.ParagraphStart)) return null;
        if (DescribedSubjectThenVerb(doc, k) is var verb && verb > k + 1) return SpeakerResolver.Resolve(doc, k, verb, fromRight: true);
        var nameEnd = AbbreviatedTitleThenPerson(doc, k) is var titled && titled > k ? titled : NameAt(doc, k, Math.Min(doc.Tokens.Count, k + 8));
        if (nameEnd <= k || nameEnd >= doc.Tokens.Count || doc.Tokens[nameEnd].Is(TokenFlags.ParagraphStart)) return null;
        var next = doc.Tokens[nameEnd];
        // The name must stand as a subject: a comma opening an aside, or a lower-case word (its verb).
        if (!(doc.IsPunct(nameEnd, ',') || next.Kind == TokenKind.Word && !next.IsCapitalized)) return null;
        return SpeakerResolver.Resolve(doc, k, nameEnd, fromRight: false);
    }

    /// <summary>
    /// “…,” an angry Hollande retaliated / “…!” the crowd cried out: a determiner phrase of plain words and its
    /// past-tense verb right after the quote; returns the verb's index, or k when the words do not read so.
    /// </summary>
    private static int DescribedSubjectThenVerb(Document doc, int k)
    {
        if (!(doc.WordIs(k, "the") || doc.WordIs(k, "a") || doc.WordIs(k, "an") || doc.WordIs(k, "one"))) return k;
        var hyphens = 0;
        for (var v = k + 1; v < doc.Tokens.Count && v <= k + 5 + 2 * hyphens; v++)
        {
            var t = doc.Tokens[v];
            // "the Republican vice-presidential nominee riffed": a hyphenated word counts as one.
            if (t.Kind == TokenKind.Punct && doc.CharAt(v) == '-' && t.Is(TokenFlags.Glued) && v > k + 1 && hyphens < 2) { hyphens++; continue; }
            if (t.Kind != TokenKind.Word || doc.InQuote[v] || t.Is(TokenFlags.ParagraphStart)) return k;
            if (v > k + 1 && !t.IsCapitalized && (doc.Word(v).EndsWith("ed", StringComparison.Ordinal) || SpeechCues.Verbs.Contains(doc.Word(v)))) return v;
        }
        return k;
    }

    /// <summary>
    /// A speaker found from context is named by its nearest reference: "She says people should choose. “…”" points
    /// at "She" when that pronoun opens the sentence before the quote and stands for the same person.
    /// </summary>
    private static ExtractedSpeaker NearestReference(Document doc, ExtractedSpeaker speaker, int open)
    {
        var si = doc.SentenceOf[open];
        if (speaker.EntityId is null || si == 0 || doc.Sentences[si - 1].Paragraph != doc.Sentences[si].Paragraph) return speaker;
        var first = doc.Sentences[si].FirstToken < open ? doc.Sentences[si].FirstToken : doc.Sentences[si - 1].FirstToken;
        if (first >= open || doc.InQuote[first] || !SpeakerResolver.IsSubjectPronoun(doc.Word(first)) || doc.WordIs(first, "it")) return speaker;
        var pronoun = SpeakerResolver.Resolve(doc, first, first + 1, fromRight: false);
        return pronoun.EntityId == speaker.EntityId ? speaker with { Mention = doc.SpanOf(first, first + 1) } : speaker;
    }

    /// <summary>"Rep. Glenn Thompson", "Sen. X": the end of a person mention after capitalised title words and their abbreviation dots, or k.</summary>
    private static int AbbreviatedTitleThenPerson(Document doc, int k)
    {
        for (var j = k; j < doc.Tokens.Count && j < k + 5; j++)
        {
            if (doc.MentionAt[j] >= 0)
                return doc.Mentions[doc.MentionAt[j]] is { Kind: Mentions.MentionKind.Person } m && m.FirstToken == j ? m.EndToken : k;
            var titleWord = doc.Tokens[j].Kind == TokenKind.Word && doc.Tokens[j].IsCapitalized && !doc.Tokens[j].Is(TokenFlags.ParagraphStart);
            if (!titleWord && !(j > k && doc.IsPunct(j, '.') && doc.Tokens[j - 1].Is(TokenFlags.Glued))) return k;
        }
        return k;
    }

    /// <summary>The last person mention opening a sentence of this paragraph before <paramref name="open"/> (titles before it allowed).</summary>
    private static (int First, int End)? PersonSubjectBefore(Document doc, int open)
    {
        var si = doc.SentenceOf[open];
        var paragraph = doc.Sentences[si].Paragraph;
        for (var s = si; s >= 0 && doc.Sentences[s].Paragraph == paragraph; s--)
        {
            var first = doc.Sentences[s].FirstToken;
            if (first >= open) continue;
            for (var j = first; j < open && j < first + 5; j++)
            {
                if (doc.InQuote[j]) break;
                if (doc.MentionAt[j] >= 0)
                {
                    var m = doc.Mentions[doc.MentionAt[j]];
                    if (m.Kind == Mentions.MentionKind.Person && m.FirstToken == j && m.EndToken <= open) return (j, m.EndToken);
                    // "Green Party leader Mary Ann Fitzgibbon said …": a party or body and a title before the name.
                    if (m.Kind != Mentions.MentionKind.Person && m.FirstToken == j && TitleWordAt(doc, m.EndToken)) { j = m.EndToken - 1; continue; }
                    break;
                }
                if (doc.Tokens[j].Kind != TokenKind.Word || !doc.Tokens[j].IsCapitalized && !Titles.RoleNouns.Contains(doc.Word(j))) break;
            }
        }
        return null;
    }

    /// <summary>A role noun ("leader", "spokesman") at <paramref name="k"/>, in lower case as in "party leader".</summary>
    private static bool TitleWordAt(Document doc, int k) =>
        k < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && Titles.RoleNouns.Contains(doc.Word(k));

    /// <summary>The last person opening a sentence of the paragraph before the one holding <paramref name="open"/>.</summary>
    private static (int First, int End)? PersonSubjectOfPreviousParagraph(Document doc, int open)
    {
        var paragraph = doc.Sentences[doc.SentenceOf[open]].Paragraph;
        for (var si = doc.SentenceOf[open] - 1; si >= 0; si--)
        {
            var prev = doc.Sentences[si];
            if (prev.Paragraph == paragraph) continue;
            return prev.Paragraph == paragraph - 1 ? PersonSubjectBefore(doc, prev.EndToken - 1) : null;
        }
        return null;
    }

    private static bool SameSpeaker(Document doc, ExtractedSpeaker speaker, int first, int end) =>
        speaker.EntityId is { } id && SpeakerResolver.Resolve(doc, first, end, fromRight: false).EntityId == id;
}
