using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>“…,” X said / “…,” said X / “…” ― X: the speaker named after the closing mark, the commonest attribution in news copy.</summary>
public static partial class QuoteAttributor
{
    private const int CueWindow = 16;

    private static bool TryCueAfter(Document doc, QuotePiece p, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseEnd)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseEnd = 0;
        if (p.Close < 0) return false;
        var tokens = doc.Tokens;
        var k = p.Close + 1;
        if (k >= tokens.Count) return false;
        // "“…”" alone in its paragraph, then "- Bernie Sanders." as the next one: a fact-check style byline.
        var bylineBelow = tokens[k].Is(TokenFlags.ParagraphStart) && tokens[p.Open].Is(TokenFlags.ParagraphStart) && doc.CharAt(k) is '-' or '\u2015' or '\u2014' or '\u2013';
        if (tokens[k].Is(TokenFlags.ParagraphStart) && !bylineBelow) return false;
        if (tokens[k].Kind == TokenKind.Punct && (doc.CharAt(k) is '\u2015' or '\u2014' or '\u2013' || bylineBelow) && k + 1 < tokens.Count && !tokens[k + 1].Is(TokenFlags.ParagraphStart))
        {
            // “…” ― Edwin Monroy: a byline-style attribution after a dash.
            var nameEnd = Mentions.NameScanner.Scan(doc, k + 1, ParagraphEnd(doc, k + 1));
            if (nameEnd > k + 1 && (nameEnd >= tokens.Count || tokens[nameEnd].Is(TokenFlags.ParagraphStart) || tokens[nameEnd].Kind == TokenKind.Punct))
            {
                speaker = SpeakerResolver.Resolve(doc, k + 1, nameEnd, fromRight: false);
                cue = doc.SpanOf(k, k + 1);
                clauseEnd = nameEnd;
                return true;
            }
        }
        if (tokens[k].Kind == TokenKind.Punct && doc.CharAt(k) is ',' or '\u2014' or '\u2013' or '-') k++;
        if (k >= tokens.Count || tokens[k].Is(TokenFlags.ParagraphStart) || tokens[k].Kind == TokenKind.Quote) return false;
        // "“… no place in a campaign.” Ohio Gov. John Kasich said he …": a quote closing its sentence with a full stop is not
        // attributed by the next sentence, which opens with a capital ("“….” said X" in lower case still is).
        if (p.End > p.First && doc.IsPunct(p.End - 1, '.') && k == p.Close + 1 && tokens[k].IsCapitalized) return TryBareAttributionSentence(doc, k, out speaker, out cue, out clauseEnd);
        var sentenceEnd = ParagraphEnd(doc, k);
        if (AccordingToSource(doc, k, sentenceEnd) is var (af, ae) && ae > af)
        {
            // “…,” according to a court document filed by the state attorney.
            speaker = SpeakerResolver.Resolve(doc, af, ae, fromRight: false);
            cue = doc.SpanOf(k, k + 2);
            clauseEnd = ae;
            return true;
        }
        if (SourcePhrase.IsCue(doc, k))
        {
            var (f, e) = SourcePhrase.After(doc, k, sentenceEnd);
            if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsDeterminedNounPhrase(doc, f, e)))
            {
                speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
                cue = doc.SpanOf(k, k + 1);
                clauseEnd = e;
                return true;
            }
            return false;
        }
        // "“…?” reacted Trump.", "“…,” remembered Roy Verley, HP's former spokesman.": an unlisted past tense, then a person.
        if (p.End > p.First && doc.Tokens[p.End - 1].Kind == TokenKind.Punct && doc.CharAt(p.End - 1) is ',' or '?' or '!'
            && k + 1 < doc.Tokens.Count && doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && !doc.InQuote[k] && doc.Word(k) is { Length: > 4 } past && past.EndsWith("ed", StringComparison.Ordinal)
            && doc.Tokens[k + 1].IsCapitalized && (NameAt(doc, k + 1, Math.Min(sentenceEnd, k + 6)) is var nameAfter && nameAfter > k + 1 ? nameAfter : TitledNameAt(doc, k + 1)) is var personEnd && personEnd > k + 1
            && personEnd < doc.Tokens.Count && doc.Tokens[personEnd].Kind == TokenKind.Punct && doc.CharAt(personEnd) is '.' or ',')
        {
            speaker = SpeakerResolver.Resolve(doc, k + 1, personEnd, fromRight: false);
            cue = doc.SpanOf(k, k + 1);
            clauseEnd = personEnd;
            return true;
        }
        // A name and an aside after the quote ("“…,” X, the director of … and who also …, told") may push the cue far.
        var window = NameAt(doc, k, Math.Min(sentenceEnd, k + 6)) is var ne && ne > k && doc.IsPunct(ne, ',') ? 2 * CueWindow : CueWindow;
        for (var v = k + 1; v < sentenceEnd && v <= k + window; v++)
        {
            var t = tokens[v];
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Punct && doc.CharAt(v) is ';' or ':' or '!' or '?' or '.' && !doc.Tokens[v - 1].Is(TokenFlags.Glued)) return false;
            if (!SourcePhrase.IsCue(doc, v)) continue;
            // "“… sign it again?” She answered, “Yes, at once.”": a new sentence whose cue a comma or colon and another quote follow
            // introduces that quote, not the question before it.
            if (tokens[k].IsCapitalized && p.End > p.First && doc.Tokens[p.End - 1].Kind == TokenKind.Punct && doc.CharAt(p.End - 1) is '?' or '!'
                && v + 2 < tokens.Count && (doc.IsPunct(v + 1, ',') || doc.IsPunct(v + 1, ':')) && tokens[v + 2].Kind == TokenKind.Quote && !tokens[v + 2].Is(TokenFlags.Closing)) return false;
            if (InvertedCueClosingTheSentence(doc, k, v, sentenceEnd) is var (inf, ine) && ine > inf)
            {
                // "“…” but to take the lead in advertising, says Evan Tracey, a media consultant.": the inverted cue ending the sentence.
                speaker = SpeakerResolver.Resolve(doc, inf, ine, fromRight: false);
                cue = doc.SpanOf(v, v + 1);
                clauseEnd = ine;
                return true;
            }
            // "“…,” Rao was quoted as saying.": the passive "quoted as" before the cue is part of it; its subject is the speaker.
            var (f, e) = SourcePhrase.Before(doc, v >= k + 3 && doc.WordIs(v - 1, "as") && doc.WordIs(v - 2, "quoted") ? v - 2 : v, k);
            // “…,” the union wrote / “…” for criminal behavior, she said
            var adjacent = e > f && (f == k || f > k && doc.IsPunct(f - 1, ','));
            if (adjacent && f > k && !HasPerson(doc, f, e) && TitledNameAt(doc, k) is var named && named > k && doc.IsPunct(named, ','))
            {
                // “…,” X, the attorney general of a state, one of the states suing, said: the name, not the last aside.
                (f, e) = (k, named);
            }
            if (!adjacent && (NameAt(doc, k, v) is var nameEnd && nameEnd > k && doc.IsPunct(nameEnd, ',') || PhraseBeforeComma(doc, k, v) is var c && (nameEnd = c) > k))
            {
                // “…,” Morton Blackwell, a committeeman from Virginia, told AFP: the name right after the quote, then an appositive.
                (f, e) = (k, nameEnd);
                adjacent = true;
            }
            else if (!adjacent && e > f && IsPlainPhrase(doc, k, f))
            {
                // “…,” the Florida senator and Republican candidate said: the whole stretch from the quote is the source.
                f = k;
                adjacent = true;
            }
            if (!adjacent || e <= f || !(SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsShortNounPhrase(doc, f, e))) return false;
            speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
            cue = doc.SpanOf(v, v + 1);
            clauseEnd = v + 1;
            return true;
        }
        return TryNameThenVerb(doc, p, k, out speaker, out cue, out clauseEnd);
    }

    /// <summary>
    /// ", says Evan Tracey, a consultant." after the words that follow a quote: an inverted cue after a comma whose source, a name,
    /// closes the sentence or opens an appositive; (0, 0) otherwise.
    /// </summary>
    private static (int First, int End) InvertedCueClosingTheSentence(Document doc, int k, int v, int sentenceEnd)
    {
        if (v - 1 <= k || !doc.IsPunct(v - 1, ',') || !doc.Word(v).EndsWith('s') && !doc.WordIs(v, "said") && !doc.WordIs(v, "wrote")) return (0, 0);
        var (f, e) = SourcePhrase.After(doc, v, sentenceEnd);
        // "said of Cruz" names whom it is about: the source must open with a person's name.
        if (e <= f || e >= doc.Tokens.Count || !(doc.IsPunct(e, '.') || doc.IsPunct(e, ',')) || doc.MentionAt[f] < 0 || doc.Mentions[doc.MentionAt[f]].Kind != Mentions.MentionKind.Person
            || !SourcePhrase.LooksLikeSource(doc, f, e)) return (0, 0);
        return (f, e);
    }

    /// <summary>"“… that are missing.” Trump said.": a sentence that is only a name or pronoun and a cue still attributes the quote before it.</summary>
    private static bool TryBareAttributionSentence(Document doc, int k, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseEnd)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseEnd = 0;
        var nameEnd = NameAt(doc, k, Math.Min(doc.Tokens.Count, k + 6));
        if (nameEnd <= k) nameEnd = TitledNameAt(doc, k);
        if (nameEnd <= k || nameEnd + 1 >= doc.Tokens.Count || !SourcePhrase.IsCue(doc, nameEnd) || !doc.IsPunct(nameEnd + 1, '.')) return false;
        speaker = SpeakerResolver.Resolve(doc, k, nameEnd, fromRight: false);
        cue = doc.SpanOf(nameEnd, nameEnd + 1);
        clauseEnd = nameEnd + 1;
        return true;
    }

    /// <summary>
    /// “Go back home,” Trump barked. A quote that ends its own sentence part (comma, question or exclamation
    /// mark inside the marks) followed by a name or pronoun and a lower-case verb: the verb is the cue even when
    /// the lexicon does not list it (barked, beamed, chuckled).
    /// </summary>
    private static bool TryNameThenVerb(Document doc, QuotePiece p, int k, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseEnd)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseEnd = 0;
        if (p.End <= p.First || !(doc.IsPunct(p.End - 1, ',') || doc.IsPunct(p.End - 1, '?') || doc.IsPunct(p.End - 1, '!'))) return false;
        var limit = Math.Min(doc.Tokens.Count, k + 8);
        var nameEnd = NameAt(doc, k, limit);
        if (nameEnd <= k || nameEnd >= doc.Tokens.Count || doc.InQuote[nameEnd]) return false;
        var verb = doc.Tokens[nameEnd];
        if (verb.Kind != TokenKind.Word || verb.IsCapitalized || verb.Is(TokenFlags.ParagraphStart) || !LooksLikeFiniteVerb(doc, nameEnd)) return false;
        speaker = SpeakerResolver.Resolve(doc, k, nameEnd, fromRight: false);
        cue = doc.SpanOf(nameEnd, nameEnd + 1);
        clauseEnd = nameEnd + 1;
        return true;
    }

    /// <summary>
    /// "Senate Majority Leader Mitch McConnell, R-Ky., said": a plain phrase holding a source from <paramref name="k"/>
    /// to the first comma before <paramref name="limit"/>; returns the comma's index, or k when there is none.
    /// </summary>
    private static int PhraseBeforeComma(Document doc, int k, int limit)
    {
        for (var c = k + 1; c < limit && c <= k + 8; c++)
        {
            if (!doc.IsPunct(c, ',')) continue;
            return IsPlainPhrase(doc, k, c) && SourcePhrase.LooksLikeSource(doc, k, c) ? c : k;
        }
        return k;
    }

    /// <summary>The end of a person mention starting at <paramref name="k"/> or after capitalised title words ("Attorney General X"), or k.</summary>
    private static int TitledNameAt(Document doc, int k)
    {
        for (var j = k; j < doc.Tokens.Count && j < k + 4; j++)
        {
            if (doc.MentionAt[j] >= 0)
                return doc.Mentions[doc.MentionAt[j]] is { Kind: Mentions.MentionKind.Person } m && m.FirstToken >= k ? m.EndToken : k;
            if (doc.Tokens[j].Kind != TokenKind.Word || !doc.Tokens[j].IsCapitalized) return k;
        }
        return k;
    }

    private static bool HasPerson(Document doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.MentionAt[k] >= 0 && doc.Mentions[doc.MentionAt[k]].Kind == Mentions.MentionKind.Person) return true;
        }
        return false;
    }

    private static int ParagraphEnd(Document doc, int k)
    {
        var s = doc.SentenceOf[k];
        var paragraph = doc.Sentences[s].Paragraph;
        var end = doc.Sentences[s].EndToken;
        while (s + 1 < doc.Sentences.Count && doc.Sentences[s + 1].Paragraph == paragraph && end - k < CueWindow + 2) end = doc.Sentences[++s].EndToken;
        return end;
    }
}
