using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>
/// Attributes quoted pieces to speakers. A piece that stands as its own utterance (it opens the sentence or
/// follows "X said," / "X told reporters:") becomes a DIRECT quote; pieces embedded in reported speech
/// ("Trump says voter fraud “would be …”") become one PARTIAL quote whose span is the reported clause that
/// carries them; quoted words in a sentence with no speech cue are scare quotes or titles and are dropped.
/// A quote with no cue of its own takes the speaker of the quote it continues or of its neighbours.
/// </summary>
public static class QuoteAttributor
{
    private const int CueWindow = 16;
    private const int MaxJoinedSpanPerLongestPiece = 3;

    public static List<QuoteCandidate> Attribute(Document doc, List<QuotePiece> pieces)
    {
        var results = new List<QuoteCandidate>(pieces.Count);
        var pending = new List<(int Result, int Piece)>();
        var doneSentence = -1;
        for (var pi = 0; pi < pieces.Count; pi++)
        {
            var p = pieces[pi];
            var sIndex = doc.SentenceOf[p.Open];
            var s = doc.Sentences[sIndex];
            var continuation = pi > 0 && pieces[pi - 1].Close < 0;
            if (continuation || IsStandalone(doc, p, s))
            {
                var paragraph = s.Paragraph;
                if (TryCueAfter(doc, p, out var speaker, out var cue, out var clauseEnd))
                {
                    results.Add(Direct(p, speaker, cue, 0.9, p.Close + 1, clauseEnd, paragraph));
                }
                else if (TryCueBefore(doc, p, s, out speaker, out cue, out var clauseFirst))
                {
                    results.Add(Direct(p, speaker, cue, 0.9, clauseFirst, p.Open, paragraph));
                }
                else if (TryColonIntroduction(doc, p, out speaker, out cue, out clauseFirst, out var colonConfidence))
                {
                    results.Add(Direct(p, speaker, cue, colonConfidence, clauseFirst, p.Open, paragraph));
                }
                else
                {
                    pending.Add((results.Count, pi));
                    results.Add(Direct(p, ExtractedSpeaker.Unknown, null, 0.5, p.Open, p.Open, paragraph) with { OwnCue = false });
                }
                continue;
            }
            if (sIndex == doneSentence) continue;
            doneSentence = sIndex;
            var last = pi;
            while (last + 1 < pieces.Count && doc.SentenceOf[pieces[last + 1].Open] == sIndex) last++;
            // Several reported clauses may share a sentence: "“…” are sickening, Hollande said, noting he “…”".
            var from = s.FirstToken;
            ExtractedSpeaker? previous = null;
            for (var gi = pi; gi <= last;)
            {
                var (partial, consumed) = TryEmbedded(doc, pieces, gi, last, s, from, previous);
                if (partial is null) break;
                results.Add(partial);
                previous = partial.Speaker;
                from = consumed;
                while (gi <= last && pieces[gi].Open < consumed) gi++;
            }
        }
        ResolveFromContext(doc, pieces, results, pending);
        return MergeInterrupted(doc, results);
    }

    /// <summary>
    /// “Q1,” he said, “Q2.” and “Q1,” he said. “Q2.” are one utterance interrupted by its attribution (so
    /// PolNeAR annotates them too: one attribution, several content spans), as is a quote continued over
    /// paragraphs: one quote whose span runs from the first word to the last and whose text joins the pieces.
    /// </summary>
    /// <remarks>
    /// Not when the joined span would be more than three times its longest piece ("“Yes,” she said, clapping as the
    /// crowd rose. “We won.”"): such a span overlaps none of its pieces by half (Dice under 0.5), so it stands for
    /// neither; the pieces are then two quotes of the same speaker, two claims in the graph.
    /// </remarks>
    private static List<QuoteCandidate> MergeInterrupted(Document doc, List<QuoteCandidate> results)
    {
        var merged = new List<QuoteCandidate>(results.Count);
        var longestPiece = 0;
        foreach (var q in results)
        {
            if (merged.Count > 0 && merged[^1] is { Kind: QuoteKind.Direct } a && q.Kind == QuoteKind.Direct
                && q.Span.End - a.Span.Start <= MaxJoinedSpanPerLongestPiece * Math.Max(longestPiece, q.Span.End - q.Span.Start)
                && q.Speaker.EntityId == a.Speaker.EntityId && (a.Speaker.EntityId is not null || a.Speaker.Description == q.Speaker.Description && q.Speaker.Description is not null)
                && (!q.OwnCue || q.Cue == a.Cue) && q.FirstToken - a.EndToken <= 16
                && (q.Paragraph == a.Paragraph || q.Paragraph - a.Paragraph == 1 && a.ContinuesInNextParagraph)
                && !SecondCueBetween(doc, a, q))
            {
                var text = (a.JoinedText ?? doc.Text[a.Span.Start..a.Span.End]) + " " + doc.Text[q.Span.Start..q.Span.End];
                merged[^1] = a with
                {
                    Span = new TextSpan(a.Span.Start, q.Span.End),
                    EndToken = q.EndToken,
                    ClauseFirstToken = Math.Min(a.ClauseFirstToken, q.ClauseFirstToken),
                    ClauseEndToken = Math.Max(a.ClauseEndToken, q.ClauseEndToken),
                    JoinedText = text,
                    ContinuesInNextParagraph = q.ContinuesInNextParagraph,
                };
                longestPiece = Math.Max(longestPiece, q.Span.End - q.Span.Start);
                continue;
            }
            merged.Add(q);
            longestPiece = q.Span.End - q.Span.Start;
        }
        return merged;
    }

    /// <summary>"“Q1,” she sings, before asking him, “Q2”": a cue between two quotes other than the first one's own starts a new utterance.</summary>
    private static bool SecondCueBetween(Document doc, QuoteCandidate a, QuoteCandidate q)
    {
        // Only a cue that introduces the second quote ("…, adding, “Q2”", "and then predicted: “Q2”") counts: words such
        // as "post" or "call" ending the first one's attribution ("in a blog post. “Q2”") are nouns as often as verbs.
        for (var k = Math.Max(Math.Max(a.EndToken, a.ClauseEndToken), q.FirstToken - 5); k < q.FirstToken; k++)
        {
            if (doc.InQuote[k] || !SourcePhrase.IsCue(doc, k) || !IntroducesQuoteAt(doc, k, q.FirstToken - 1)) continue;
            if (a.Cue is not { } cue || doc.Tokens[k].Start != cue.Start) return true;
        }
        return false;
    }

    /// <summary>Cue <paramref name="k"/> and at most two words ("asking her") then a comma or colon right before the mark <paramref name="open"/>.</summary>
    private static bool IntroducesQuoteAt(Document doc, int k, int open)
    {
        if (open - 1 <= k || !(doc.IsPunct(open - 1, ',') || doc.IsPunct(open - 1, ':')) || open - 1 - k > 3) return false;
        for (var j = k + 1; j < open - 1; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word) return false;
        }
        return true;
    }

    private static QuoteCandidate Direct(QuotePiece p, ExtractedSpeaker speaker, TextSpan? cue, double confidence, int clauseFirst, int clauseEnd, int paragraph) =>
        new(new TextSpan(p.ContentStart, p.ContentEnd), QuoteKind.Direct, speaker, cue, speaker.EntityId is null && speaker.Description is null ? Math.Min(confidence, 0.4) : confidence,
            p.First, p.End, clauseFirst, Math.Max(clauseFirst, clauseEnd), paragraph) { ContinuesInNextParagraph = p.Close < 0 };

    /// <summary>The piece is an utterance of its own: it opens the sentence, or follows a colon, a cue, or "cue ,".</summary>
    private static bool IsStandalone(Document doc, QuotePiece p, Sentence s)
    {
        var words = 0;
        for (var k = p.First; k < p.End && words < 4; k++) if (doc.Tokens[k].Kind is TokenKind.Word or TokenKind.Number) words++;
        var endsLikeSpeech = p.End > p.First && doc.Tokens[p.End - 1].Kind == TokenKind.Punct && doc.CharAt(p.End - 1) is ',' or '.' or '?' or '!' or '\u2026' or '-' or '\u2014';
        if (words < 4 && !endsLikeSpeech) return false;
        var k0 = p.Open - 1;
        if (p.Open == s.FirstToken || k0 < 0 || doc.Tokens[p.Open].Is(TokenFlags.ParagraphStart)) return true;
        if (doc.IsPunct(k0, ':')) return true;
        // "Trump says “the whole game has become screwed up” because …": a fragment opening in lower case right
        // after the cue belongs to the reported clause; a capitalised one is an utterance of its own.
        if (SourcePhrase.IsCue(doc, k0)) return !StartsInLowerCase(doc, p);
        // "said via email that, “…”": the quote is the reported clause after "that", not an utterance of its own.
        if (doc.IsPunct(k0, ',') && k0 - 1 >= s.FirstToken && doc.WordIs(k0 - 1, "that")) return false;
        if (doc.IsPunct(k0, ',') || doc.IsPunct(k0, '\u2014') || doc.IsPunct(k0, '-'))
        {
            for (var k = k0 - 1; k >= s.FirstToken && k >= k0 - 5; k--)
            {
                if (doc.Tokens[k].Kind == TokenKind.Quote) break;
                if (SourcePhrase.IsCue(doc, k)) return true;
            }
        }
        // An earlier standalone quote in this sentence's paragraph, then "he said," then this one.
        return false;
    }

    private static bool StartsInLowerCase(Document doc, QuotePiece p)
    {
        for (var k = p.First; k < p.End; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word) return char.IsLower(doc.Text[doc.Tokens[k].Start]);
            if (doc.Tokens[k].Kind == TokenKind.Number) return false;
        }
        return false;
    }

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
        // A name and an aside after the quote ("“…,” X, the director of … and who also …, told") may push the cue far.
        var window = NameAt(doc, k, Math.Min(sentenceEnd, k + 6)) is var ne && ne > k && doc.IsPunct(ne, ',') ? 2 * CueWindow : CueWindow;
        for (var v = k + 1; v < sentenceEnd && v <= k + window; v++)
        {
            var t = tokens[v];
            if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Punct && doc.CharAt(v) is ';' or ':' or '!' or '?' or '.' && !doc.Tokens[v - 1].Is(TokenFlags.Glued)) return false;
            if (!SourcePhrase.IsCue(doc, v)) continue;
            var (f, e) = SourcePhrase.Before(doc, v, k);
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

    /// <summary>Words only (no punctuation, quote mark or clause word such as "who") over [first, end).</summary>
    private static bool IsPlainPhrase(Document doc, int first, int end)
    {
        if (end - first > 8) return false;
        for (var k = first; k < end; k++)
        {
            if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k]) return false;
            if (doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "that") || doc.WordIs(k, "when") || doc.WordIs(k, "as")) return false;
        }
        return true;
    }

    /// <summary>A past or present tense verb shape: "barked", "beams", "chuckled" (not "and", "of", "the").</summary>
    private static bool LooksLikeFiniteVerb(Document doc, int k)
    {
        var w = doc.Word(k);
        if (SpeechCues.Verbs.Contains(w)) return true;
        return w.Length > 3 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
               && !WordLists.NotNameWords.Contains(w);
    }

    /// <summary>The end of a person, organisation or pronoun starting at <paramref name="k"/>, or k when none does.</summary>
    private static int NameAt(Document doc, int k, int limit)
    {
        if (k >= limit || doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k]) return k;
        if (doc.MentionAt[k] >= 0 && doc.Mentions[doc.MentionAt[k]].FirstToken == k) return Math.Min(limit, doc.Mentions[doc.MentionAt[k]].EndToken);
        if (SpeakerResolver.IsSubjectPronoun(doc.Word(k)) && !doc.WordIs(k, "it")) return k + 1;
        if (doc.Tokens[k].IsCapitalized && !WordLists.NotNameWords.Contains(doc.Word(k))) return Mentions.NameScanner.Scan(doc, k, limit);
        return k;
    }

    /// <summary>
    /// “…” introduced by a colon: "Cruz continued:" closing the previous paragraph, or "The president noted
    /// that he taught law, and added: “…”". The cue nearest the colon names the speaker; when its subject is
    /// coordinated away ("and added") or there is no cue ("released the following statement:"), the
    /// subject of the introducing sentence does.
    /// </summary>
    private static bool TryColonIntroduction(Document doc, QuotePiece p, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseFirst, out double confidence)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseFirst = p.Open;
        confidence = 0.8;
        var colon = p.Open - 1;
        if (colon >= 0 && doc.IsPunct(colon, '.') && !doc.InQuote[colon]) return TryShortCueSentenceBefore(doc, p, colon, out speaker, out cue, out clauseFirst);
        if (colon < 0 || !doc.IsPunct(colon, ':') || doc.InQuote[colon]) return false;
        var s = doc.Sentences[doc.SentenceOf[colon]];
        // "… surprise Republican pollster Daron Shaw: “…”" / "Asked which county he liked, he demurred: “…”":
        // a name, or a name or pronoun and a verb, right before the colon.
        var nameEnd = doc.Tokens[colon - 1].Kind == TokenKind.Word && !doc.Tokens[colon - 1].IsCapitalized && colon - 2 >= s.FirstToken ? colon - 1 : colon;
        if (nameEnd - 1 >= s.FirstToken && (doc.MentionAt[nameEnd - 1] is var m and >= 0 && doc.Mentions[m].Kind == Mentions.MentionKind.Person || SpeakerResolver.IsSubjectPronoun(doc.Word(nameEnd - 1)) && nameEnd < colon)
            && (nameEnd == colon || LooksLikeFiniteVerb(doc, nameEnd)))
        {
            var first = doc.MentionAt[nameEnd - 1] >= 0 ? doc.Mentions[doc.MentionAt[nameEnd - 1]].FirstToken : nameEnd - 1;
            speaker = SpeakerResolver.Resolve(doc, first, nameEnd, fromRight: true);
            cue = doc.SpanOf(nameEnd == colon ? colon : nameEnd, (nameEnd == colon ? colon : nameEnd) + 1);
            clauseFirst = first;
            return true;
        }
        for (var v = colon - 1; v >= s.FirstToken; v--)
        {
            if (doc.Tokens[v].Kind == TokenKind.Quote) break;
            if (!SourcePhrase.IsCue(doc, v)) continue;
            var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
            if (e > f && SourcePhrase.LooksLikeSource(doc, f, e))
            {
                speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = f;
                return true;
            }
            (f, e) = SourcePhrase.After(doc, v, colon);
            if (e > f && SourcePhrase.LooksLikeSource(doc, f, e))
            {
                speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = v;
                return true;
            }
            break;
        }
        var (sf, se) = SentenceSubject(doc, s, colon);
        if (se <= sf) (sf, se) = DescribedSubject(doc, s, colon);
        if (se > sf)
        {
            speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
            cue = doc.SpanOf(colon, colon + 1);
            clauseFirst = sf;
            confidence = 0.6;
            return true;
        }
        return false;
    }

    /// <summary>"Bystrom agreed. “Mainstream Republicans are running out of time.”": a short sentence ending in a cue introduces the quote after it.</summary>
    private static bool TryShortCueSentenceBefore(Document doc, QuotePiece p, int dot, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseFirst)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseFirst = p.Open;
        if (doc.Tokens[p.Open].Is(TokenFlags.ParagraphStart)) return false;
        var s = doc.Sentences[doc.SentenceOf[dot]];
        var v = dot - 1;
        if (dot - s.FirstToken > 10 || !SourcePhrase.IsCue(doc, v)) return false;
        var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
        if (f != s.FirstToken || e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return false;
        speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
        cue = doc.SpanOf(v, v + 1);
        clauseFirst = f;
        return true;
    }

    private static bool TryCueBefore(Document doc, QuotePiece p, Sentence s, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseFirst)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseFirst = p.Open;
        var k = p.Open - 1;
        if (k < s.FirstToken) return false;
        if (doc.Tokens[k].Kind == TokenKind.Punct && doc.CharAt(k) is ':' or ',' or '\u2014' or '-') k--;
        for (var v = k; v >= s.FirstToken && v >= k - 5; v--)
        {
            if (doc.Tokens[v].Kind == TokenKind.Quote) break;
            if (!SourcePhrase.IsCue(doc, v)) continue;
            // "Albright urged women to vote for Clinton, saying, “…”", "Carson took the stage and said: “…”":
            // a participle or a coordinated verb takes the subject of the sentence, not the nearest name.
            if (TakesSentenceSubject(doc, v, s) && SentenceSubject(doc, s, v) is var (sf0, se0) && se0 > sf0)
            {
                speaker = SpeakerResolver.Resolve(doc, sf0, se0, fromRight: false);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = sf0;
                return true;
            }
            if (RelativeWhoSpeaker(doc, v, s.FirstToken) is { } relative)
            {
                speaker = relative;
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = v;
                return true;
            }
            var (f, e) = SourcePhrase.Before(doc, v, s.FirstToken);
            if (AfterRelativeOrAppositive(doc, f, e, v) && SentenceSubject(doc, s, v) is var (sf1, se1) && se1 > sf1 && doc.IsPunct(se1, ','))
            {
                // "Douglas Brinkley, a historian who attended the session, recalled, “…”": the subject before the aside.
                (f, e) = (sf1, se1);
            }
            if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || (f == s.FirstToken || doc.IsPunct(f - 1, ',')) && SourcePhrase.IsDeterminedNounPhrase(doc, f, e)))
            {
                speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = f;
                return true;
            }
            (f, e) = SourcePhrase.After(doc, v, p.Open);
            if (e > f && SourcePhrase.LooksLikeSource(doc, f, e))
            {
                speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: false);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = v;
                return true;
            }
            // "He then defended the remark, saying, “…”": a participle takes the sentence's subject.
            if (doc.Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && SentenceSubject(doc, s, v) is var (sf, se) && se > sf)
            {
                speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = sf;
                return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>The phrase found before a cue is empty or the tail of a relative clause or aside: "…, which represents X, said".</summary>
    private static bool AfterRelativeOrAppositive(Document doc, int f, int e, int v)
    {
        if (!doc.IsPunct(v - 1, ',')) return false;
        if (e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return true;
        var k = f - 1;
        // "Clinton, speaking to reporters on her plane to Tampa, said": a place after a preposition ends an aside.
        return k >= 0 && (doc.WordIs(k, "who") || doc.WordIs(k, "which") || doc.WordIs(k, "whose") || doc.WordIs(k, "where") || AsidePrepositions.Contains(doc.Word(k)) && !doc.Tokens[k].IsCapitalized);
    }

    private static readonly WordSet AsidePrepositions = new(["to", "in", "at", "on", "from", "of", "for", "with", "by", "near", "toward", "towards", "into", "across", "after", "before"]);

    /// <summary>
    /// "McConnell, now the majority leader, who in 2010 said …": the cue's subject is a relative "who"; the speaker
    /// is its antecedent before the comma, and "who" is the mention (the word that stands for them in the clause).
    /// </summary>
    private static ExtractedSpeaker? RelativeWhoSpeaker(Document doc, int v, int from)
    {
        var who = -1;
        for (var k = v - 1; k >= from && k >= v - 4; k--)
        {
            if (doc.WordIs(k, "who")) { who = k; break; }
            if (doc.Tokens[k].Kind != TokenKind.Word && doc.Tokens[k].Kind != TokenKind.Number) return null;
        }
        if (who < 1 || !doc.IsPunct(who - 1, ',')) return null;
        var (f, e) = SourcePhrase.Before(doc, who, from);
        if (e <= f || !SourcePhrase.LooksLikeSource(doc, f, e)) return null;
        return SpeakerResolver.Resolve(doc, f, e, fromRight: true) with { Mention = doc.SpanOf(who, who + 1) };
    }

    /// <summary>The source after "according to" starting at token <paramref name="k"/>, or (0, 0).</summary>
    private static (int First, int End) AccordingToSource(Document doc, int k, int limit)
    {
        if (!doc.WordIs(k, "according") || !doc.WordIs(k + 1, "to") || doc.InQuote[k]) return (0, 0);
        var (f, e) = SourcePhrase.After(doc, k + 1, limit);
        return e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsDeterminedNounPhrase(doc, f, e) || IsPlainPhrase(doc, f, e)) ? (f, e) : (0, 0);
    }

    /// <summary>"The piece used …": a short determiner phrase opening the sentence, up to its first verb-shaped word.</summary>
    private static (int First, int End) DescribedSubject(Document doc, Sentence s, int limit)
    {
        var end = s.FirstToken + 1;
        while (end < limit && end - s.FirstToken < 5 && doc.Tokens[end].Kind == TokenKind.Word && !LooksLikeFiniteVerb(doc, end)) end++;
        return end < limit && LooksLikeFiniteVerb(doc, end) && SourcePhrase.IsDeterminedNounPhrase(doc, s.FirstToken, end) ? (s.FirstToken, end) : (0, 0);
    }

    /// <summary>A cue whose subject is the sentence's: a participle after a comma (", saying"), an infinitive ("went on to say"), or a verb after "and"/"but".</summary>
    private static bool TakesSentenceSubject(Document doc, int v, Sentence s)
    {
        if (v - 1 <= s.FirstToken) return false;
        if (doc.IsPunct(v - 1, ',') && doc.Word(v).EndsWith("ing", StringComparison.Ordinal)) return true;
        // "He went on to say, “…”", "Trump was quick to add": an infinitive cue is the subject's.
        if (doc.WordIs(v - 1, "to") && !doc.Word(v).EndsWith("ing", StringComparison.Ordinal)) return true;
        var k = v - 1;
        if (doc.Tokens[k].Kind == TokenKind.Word && k - 1 > s.FirstToken && (doc.WordIs(k, "then") || doc.WordIs(k, "also") || doc.WordIs(k, "later"))) k--;
        return doc.WordIs(k, "and") || doc.WordIs(k, "but");
    }

    /// <summary>The subject at the start of a sentence: up to the first lower-case word after a source word.</summary>
    private static (int First, int End) SentenceSubject(Document doc, Sentence s, int limit)
    {
        var first = SubjectStart(doc, s, limit);
        var end = first;
        while (end < limit && end - first < 8 && doc.Tokens[end].Kind is TokenKind.Word or TokenKind.Punct && !doc.IsPunct(end, ','))
        {
            // A name is read whole: "Former Secretary of State Madeleine Albright".
            end = doc.MentionAt[end] >= 0 ? Math.Min(limit, Math.Max(end + 1, doc.Mentions[doc.MentionAt[end]].EndToken)) : end + 1;
            if (SourcePhrase.LooksLikeSource(doc, first, end) && end < limit && !doc.Tokens[end].IsCapitalized) break;
        }
        return end > first && SourcePhrase.LooksLikeSource(doc, first, end) ? (first, end) : (0, 0);
    }

    private static readonly WordSet IntroWords = new(
    [
        "in", "on", "at", "after", "before", "during", "when", "while", "since", "speaking", "appearing", "asked", "for",
        "with", "despite", "although", "though", "if", "once", "following", "addressing", "writing", "responding", "under",
    ]);

    private static readonly WordSet OpeningAdverbs = new(
    [
        "earlier", "later", "meanwhile", "yesterday", "today", "last", "now", "then", "still", "instead", "separately",
        "afterward", "afterwards", "previously", "recently", "however", "indeed", "moreover", "nevertheless", "finally",
    ]);

    /// <summary>"Earlier this week, Todd pressed …", "Hastily, he …": an adverb (not a name) opening the sentence before its subject.</summary>
    private static bool IsOpeningAdverb(Document doc, int k)
    {
        if (doc.MentionAt[k] >= 0) return false;
        var w = doc.Word(k);
        return OpeningAdverbs.Contains(w) || w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where the subject of sentence <paramref name="s"/> starts: after a dateline ("WASHINGTON —", "Washington (AFP) –")
    /// and after an opening adverbial ("Speaking at a rally in Salem, New Hampshire, Trump went …").
    /// </summary>
    private static int SubjectStart(Document doc, Sentence s, int limit)
    {
        var start = s.FirstToken;
        for (var j = start + 1; j < limit && j <= start + 5; j++)
        {
            if (doc.Tokens[j].Kind != TokenKind.Punct) continue;
            if (doc.CharAt(j) is '\u2014' or '\u2013' && (doc.IsPunct(j - 1, ')') || doc.Tokens[j - 1].Is(TokenFlags.AllCaps))) { start = j + 1; break; }
            if (!(doc.IsPunct(j, ')') || doc.IsPunct(j, '('))) break;
        }
        if (start >= limit || doc.Tokens[start].Kind != TokenKind.Word || !(IntroWords.Contains(doc.Word(start)) || IsOpeningAdverb(doc, start))) return start;
        for (var j = start + 1; j < limit && j <= start + 14; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) return start;
            if (!doc.IsPunct(j, ',')) continue;
            var next = j + 1;
            // "in Salem, New Hampshire, Trump …": a state after the place is still the opener.
            if (next < limit && doc.MentionAt[next] >= 0 && doc.Mentions[doc.MentionAt[next]] is { Kind: Mentions.MentionKind.State } st && doc.IsPunct(st.EndToken, ',')) next = st.EndToken + 1;
            return next < limit ? next : start;
        }
        return start;
    }

    /// <summary>
    /// Quoted words inside reported speech: one PARTIAL quote spanning the reported clause, searched from token
    /// <paramref name="from"/>; returns it and the token where its attribution frame ends.
    /// </summary>
    private static (QuoteCandidate? Quote, int End) TryEmbedded(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, Sentence s, int from, ExtractedSpeaker? previous)
    {
        var first = pieces[firstPiece];
        var last = pieces[lastPiece];
        var tokens = doc.Tokens;
        // "…, X said" / "…,” said X" after the quoted words (the first cue after the first piece decides).
        var afterFrom = first.Close >= 0 ? first.Close + 1 : first.End;
        // "… “…” at the agency, according to its attorneys." / "According to its attorneys, … “…”".
        for (var a = afterFrom; a < s.EndToken; a++)
        {
            if (!doc.IsPunct(a - 1, ',') && !EndsWithCommaInside(doc, a - 1)) continue;
            var (af, ae) = AccordingToSource(doc, a, s.EndToken);
            if (ae <= af) continue;
            return (Clause(doc, from, a - 1, SpeakerResolver.Resolve(doc, af, ae, fromRight: false), a, s, a, ae), ae);
        }
        if (from == s.FirstToken && AccordingToSource(doc, from, first.Open) is var (bf, be) && be > bf && doc.IsPunct(be, ','))
            return (Clause(doc, be + 1, ReportedClauseEnd(doc, last, s), SpeakerResolver.Resolve(doc, bf, be, fromRight: false), from, s, from, be), s.EndToken);
        for (var v = afterFrom; v < s.EndToken; v++)
        {
            if (!SourcePhrase.IsCue(doc, v)) continue;
            if (ReportsClauseAfter(doc, v, pieces, lastPiece)) break;
            var (f, e) = SourcePhrase.Before(doc, v, afterFrom);
            if (e > f && SourcePhrase.LooksLikeSource(doc, f, e) && f - 1 >= from && (doc.IsPunct(f - 1, ',') || EndsWithCommaInside(doc, f - 1))
                && !IsAdverbialWithTitles(doc, pieces, firstPiece, lastPiece, from, f))
                return (Clause(doc, from, f - 1, SpeakerResolver.Resolve(doc, f, e, fromRight: true), v, s, f, v + 1), v + 1);
            if (doc.IsPunct(v - 1, ',') || EndsWithCommaInside(doc, v - 1))
            {
                (f, e) = SourcePhrase.After(doc, v, s.EndToken);
                if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsDeterminedNounPhrase(doc, f, e)))
                    return (Clause(doc, from, v - 1, SpeakerResolver.Resolve(doc, f, e, fromRight: false), v, s, v, e), e);
            }
            break;
        }
        // After a clause cut at a second predicate ("… “terrible deal” and ranked Fiorina …"), its verb; else -1.
        var secondVerb = previous is null ? -1 : SecondPredicateVerb(doc, from, first.Open);
        // "X says (that) … “…”": a cue before a quoted piece ("On “This Week,” Rubio said that … “…”" skips the
        // title). In "he said, but noted that …" the clause follows the nearest cue while the subject is found
        // before an earlier one; ", noting …" after an attribution keeps that attribution's speaker.
        for (var v = from; v < last.Open; v++)
        {
            if (!SourcePhrase.IsCue(doc, v)) continue;
            var next = firstPiece;
            while (next < lastPiece && pieces[next].Open < v) next++;
            if (pieces[next].Open < v) break;
            var (f, e) = SourcePhrase.Before(doc, v, from);
            ExtractedSpeaker speaker;
            if (previous is not null && (doc.IsPunct(v - 1, ',') && doc.Word(v).EndsWith("ing", StringComparison.Ordinal) || v == secondVerb))
            {
                speaker = previous;
                f = v;
            }
            else if (from == s.FirstToken && TakesSentenceSubject(doc, v, s) && SentenceSubject(doc, s, v) is var (sf, se) && se > sf)
            {
                speaker = SpeakerResolver.Resolve(doc, sf, se, fromRight: false);
                f = sf;
            }
            else if (RelativeWhoSpeaker(doc, v, from) is { } relative)
            {
                speaker = relative;
                f = v;
            }
            else if (from == s.FirstToken && AfterRelativeOrAppositive(doc, f, e, v) && SentenceSubject(doc, s, v) is var (sf1, se1) && se1 > sf1 && doc.IsPunct(se1, ','))
            {
                speaker = SpeakerResolver.Resolve(doc, sf1, se1, fromRight: false);
                f = sf1;
            }
            else if (e <= f || !(SourcePhrase.LooksLikeSource(doc, f, e) || f == from && SourcePhrase.IsDeterminedNounPhrase(doc, f, e))) continue;
            else speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
            var clauseCue = v;
            for (var w = pieces[next].Open - 1; w > v; w--)
            {
                if (SourcePhrase.IsCue(doc, w) && SourcePhrase.Before(doc, w, v + 1) is var (f2, e2) && (e2 <= f2 || !SourcePhrase.LooksLikeSource(doc, f2, e2))) { clauseCue = w; break; }
            }
            var start = ClauseStart(doc, clauseCue, pieces[next].Open);
            // "called him a “stiff” and accused him of …“spoiled child”": the clause ends at the first piece a second
            // predicate follows; the caller reads the later pieces as the next report of the same speaker.
            var cut = SecondPredicateAfterPiece(doc, pieces, next, lastPiece, s);
            if (cut >= 0) return (Clause(doc, start, cut, speaker, clauseCue, s, f, start), cut);
            return (Clause(doc, start, ReportedClauseEnd(doc, last, s), speaker, clauseCue, s, f, start), s.EndToken);
        }
        // No verb of saying, but a verb of judging with a named subject (the clause ends as a reported clause does): "Obama condemned the test as
        // “provocative”", "PolitiFact rated the claim “mostly true”". Scare quotes have no such subject.
        for (var v = first.Open - 1; v > from; v--)
        {
            if (doc.Tokens[v].Kind == TokenKind.Quote) break;
            if (!IsJudgingVerb(doc, v)) continue;
            var (f, e) = SourcePhrase.Before(doc, v, from);
            if (e <= f || !HasNamedSource(doc, f, e)) continue;
            var start = ClauseStart(doc, v, first.Open);
            return (Clause(doc, start, ReportedClauseEnd(doc, last, s), SpeakerResolver.Resolve(doc, f, e, fromRight: true), v, s, f, start) is { } c ? c with { Confidence = 0.45 } : null, s.EndToken);
        }
        // A second predicate with no verb of saying ("and ranked Fiorina as one of the worst CEOs “in …”"): the same speaker.
        if (secondVerb >= 0 && previous is not null)
        {
            var cut = SecondPredicateAfterPiece(doc, pieces, firstPiece, lastPiece, s);
            var end = cut >= 0 ? cut : ReportedClauseEnd(doc, last, s);
            return (Clause(doc, secondVerb + 1, end, previous, secondVerb, s, secondVerb, secondVerb + 1) is { } c ? c with { Confidence = 0.6 } : null, cut >= 0 ? cut : s.EndToken);
        }
        return (null, s.EndToken);
    }

    /// <summary>
    /// The verb of a second predicate starting at <paramref name="k"/> ("and ranked", "and also questioned",
    /// "noting"), before <paramref name="limit"/>, or -1.
    /// </summary>
    private static int SecondPredicateVerb(Document doc, int k, int limit)
    {
        if (k >= limit) return -1;
        if (IsSpeechParticiple(doc, k)) return k;
        if (!doc.WordIs(k, "and") || k + 1 >= limit || !StartsReportOrParticiple(doc, k + 1)) return -1;
        var v = k + 1;
        while (v + 1 < limit && (AdverbsBeforeSecondVerb.Contains(doc.Word(v)) || AuxiliariesBeforeSecondVerb.Contains(doc.Word(v)))) v++;
        return v;
    }

    private static readonly WordSet ClauseBreakers = new(
    [
        "as", "because", "but", "while", "whereas", "despite", "after", "before", "when", "although", "though", "since",
        "until", "unless", "even", "so", "adding", "saying", "noting", "referring", "calling", "arguing", "according",
    ]);

    /// <summary>
    /// Where a reported clause ends after its last quoted piece: at the closing mark when a new clause or a
    /// participle follows ("… “excited where we stand” as he faces …", "…,” referring to …"), else at the sentence end.
    /// </summary>
    internal static int ReportedClauseEnd(Document doc, QuotePiece last, Sentence s)
    {
        if (last.Close < 0) return s.EndToken;
        var k = last.Close + 1;
        if (k >= s.EndToken) return s.EndToken;
        var comma = doc.IsPunct(k, ',') || EndsWithCommaInside(doc, last.Close);
        if (doc.IsPunct(k, ',')) k++;
        if (comma && k < s.EndToken && doc.Tokens[k].Kind == TokenKind.Word && (ClauseBreakers.Contains(doc.Word(k)) || IsSpeechParticiple(doc, k))) return last.Close + 1;
        if (k < s.EndToken && StartsNewPredicate(doc, k)) return last.Close + 1;
        // "said it was “resolutely opposed” to the test and warned …": a second verb of saying a few words on.
        for (var j = k; j < s.EndToken && j <= k + 8; j++)
        {
            if (doc.Tokens[j].Kind == TokenKind.Quote) break;
            if (doc.WordIs(j, "and") && j + 1 < s.EndToken && IsSecondSpeechVerb(doc, j + 1)) return j;
        }
        return s.EndToken;
    }

    /// <summary>
    /// The token after the closing mark of the first piece in [<paramref name="firstPiece"/>, <paramref name="lastPiece"/>)
    /// followed by "and" + a second predicate or by ", <speech participle>" (", noting …"), or -1: the reported
    /// clause ends there and the later pieces belong to that second predicate.
    /// </summary>
    private static int SecondPredicateAfterPiece(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, Sentence s)
    {
        for (var i = firstPiece; i < lastPiece; i++)
        {
            var k = pieces[i].Close + 1;
            if (pieces[i].Close < 0 || k + 1 >= s.EndToken) continue;
            var comma = doc.IsPunct(k, ',') || EndsWithCommaInside(doc, pieces[i].Close);
            if (doc.IsPunct(k, ',')) k++;
            if (doc.WordIs(k, "and") && k + 1 < s.EndToken && StartsReportOrParticiple(doc, k + 1)) return k;
            if (comma && IsSpeechParticiple(doc, k)) return k;
        }
        return -1;
    }

    private static readonly WordSet PredicateJoiners = new(["but", "after", "until", "while", "adding"]);

    /// <summary>
    /// Right after the closing mark of the last piece, a coordinated predicate or a dash starts words the
    /// speaker did not say ("called him a “nice guy” and said …", "… “Washington cartel” — a phrase …").
    /// </summary>
    private static bool StartsNewPredicate(Document doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind == TokenKind.Word && doc.WordIs(k, "and")) return k + 1 < doc.Tokens.Count && StartsReportOrParticiple(doc, k + 1);
        if (t.Kind == TokenKind.Word) return PredicateJoiners.Contains(doc.Word(k));
        return doc.IsPunct(k, '\u2014') || doc.IsPunct(k, '\u2013') || doc.IsPunct(k, '-');
    }

    /// <summary>A lower-case verb of saying that is no participle ("warned", "said", "describe"), outside quotes.</summary>
    private static bool IsSecondSpeechVerb(Document doc, int k) =>
        doc.Tokens[k].Kind == TokenKind.Word && !doc.InQuote[k] && !doc.Tokens[k].IsCapitalized && SpeechCues.Verbs.Contains(doc.Word(k))
        && !doc.Word(k).EndsWith("ing", StringComparison.Ordinal);

    private static readonly WordSet ReportVerbsAfterAnd = new(["said", "says", "told", "tells", "added", "wrote", "tweeted", "cast", "made", "took", "gave", "sent", "swore", "swears"]);

    /// <summary>Adverbs that may stand between "and" and the second verb ("… “faker” and also questioned …").</summary>
    private static readonly WordSet AdverbsBeforeSecondVerb = new(["also", "then", "later", "again", "reportedly", "repeatedly", "even"]);

    private static readonly WordSet AuxiliariesBeforeSecondVerb = new(["has", "had", "have"]);

    private static readonly WordSet SubjectPronouns = new(["he", "she", "they", "we"]);

    /// <summary>Words in -ing that open no participle clause of the speaker's subject.</summary>
    private static readonly WordSet NotParticiples = new(["including", "during", "according", "regarding", "concerning", "following", "something", "nothing", "anything", "everything", "morning", "evening"]);

    /// <summary>
    /// "… “nice guy” and said …", "… “disaster” and vowing …", "… “third-rate” and boycotted …": a second
    /// predicate of the same subject (a past tense, a participle, a verb of saying), not more of the clause.
    /// </summary>
    private static bool StartsReportOrParticiple(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k] || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        if (AdverbsBeforeSecondVerb.Contains(w) || AuxiliariesBeforeSecondVerb.Contains(w)) return k + 1 < doc.Tokens.Count && StartsReportOrParticiple(doc, k + 1);
        // "… “nice guy” and he said …": a pronoun subject with a verb of saying opens a second report.
        if (SubjectPronouns.Contains(w)) return k + 1 < doc.Tokens.Count && IsSecondSpeechVerb(doc, k + 1);
        return ReportVerbsAfterAnd.Contains(w) || IsParticiple(doc, k) || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal);
    }

    /// <summary>
    /// ",” citing …", ",” warning …": a participle of a verb of saying after the comma opens a second report;
    /// other participles often elaborate the quoted words (",” making between $30,000 and …") and stay.
    /// </summary>
    private static bool IsSpeechParticiple(Document doc, int k) =>
        IsParticiple(doc, k) && (SpeechCues.Verbs.Contains(doc.Word(k)) || SpeechCues.QuoteOnlyVerbs.Contains(doc.Word(k)));

    /// <summary>A lower-case word in -ing outside quotes that can open a participle clause ("vowing", "citing").</summary>
    private static bool IsParticiple(Document doc, int k)
    {
        if (doc.Tokens[k].Kind != TokenKind.Word || doc.InQuote[k] || doc.Tokens[k].IsCapitalized) return false;
        var w = doc.Word(k);
        return w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !NotParticiples.Contains(w);
    }

    private static readonly WordSet TitleFunctionWords = new(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "&"]);

    /// <summary>Quoted words in title case ("Face the Nation", "Cake Boss"): names of shows, books, bills and ads, not speech.</summary>
    private static bool IsTitle(Document doc, QuotePiece p)
    {
        var words = 0;
        for (var k = p.First; k < p.End; k++)
        {
            var t = doc.Tokens[k];
            if (t.Kind == TokenKind.Punct && doc.CharAt(k) is '.' or '!' or '?' && k == p.End - 1 && words > 3) return false;
            if (t.Kind != TokenKind.Word || t.Is(TokenFlags.Clitic)) continue;
            words++;
            if (!t.IsCapitalized && !(k > p.First && TitleFunctionWords.Contains(doc.Word(k)))) return false;
        }
        return words is > 0 and <= 8;
    }

    /// <summary>"On ABC’s “Good Morning America” Tuesday, he said": a prepositional opener naming a show is no reported clause.</summary>
    private static bool IsAdverbialWithTitles(Document doc, List<QuotePiece> pieces, int firstPiece, int lastPiece, int from, int end)
    {
        if (!(doc.WordIs(from, "on") || doc.WordIs(from, "in") || doc.WordIs(from, "at") || doc.WordIs(from, "during") || doc.WordIs(from, "speaking") || doc.WordIs(from, "appearing"))) return false;
        for (var i = firstPiece; i <= lastPiece && pieces[i].Open < end; i++)
        {
            if (!IsTitle(doc, pieces[i])) return false;
        }
        return true;
    }

    /// <summary>A closing quotation mark right after a comma inside the quote: “… the end,” said X.</summary>
    private static bool EndsWithCommaInside(Document doc, int k) =>
        k > 0 && doc.Tokens[k].Kind == TokenKind.Quote && doc.IsPunct(k - 1, ',');

    /// <summary>
    /// The cue governs quoted words after it ("Rubio said that by refusing … “radical Islam” …"), so it does
    /// not close a clause before it: "that" follows it closely, or a later piece comes without a comma between.
    /// </summary>
    private static bool ReportsClauseAfter(Document doc, int v, List<QuotePiece> pieces, int lastPiece)
    {
        var open = pieces[lastPiece].Open;
        if (open <= v) return false;
        for (var k = v + 1; k < open; k++)
        {
            if (doc.WordIs(k, "that") && k - v <= 6) return true;
            if (doc.IsPunct(k, ',') || doc.IsPunct(k, '.') || doc.IsPunct(k, ';')) return false;
        }
        return true;
    }

    private static bool IsJudgingVerb(Document doc, int v)
    {
        var t = doc.Tokens[v];
        if (t.Kind != TokenKind.Word || t.IsCapitalized || doc.InQuote[v]) return false;
        var w = doc.Word(v);
        return w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
               || SpeechCues.QuoteOnlyVerbs.Contains(w);
    }

    private static bool HasNamedSource(Document doc, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (doc.MentionAt[k] >= 0 || SpeakerResolver.IsSubjectPronoun(doc.Word(k))) return true;
        }
        return false;
    }

    /// <summary>Where the reported clause starts after cue <paramref name="v"/>: past an addressee ("told reporters") and "that".</summary>
    public static int ClauseStart(Document doc, int v, int limit)
    {
        var k = v + 1;
        if (SpeechCues.TakesObject.Contains(doc.Word(v)))
        {
            for (var j = k; j < limit && j <= k + 4; j++)
            {
                if (doc.WordIs(j, "that")) return j + 1;
            }
            // "told reporters the plan …": skip a short addressee.
            if (k < limit && !doc.WordIs(k, "the")) k++;
        }
        for (var j = k; j < limit && j <= k + 6; j++)
        {
            if (doc.WordIs(j, "that")) return j + 1;
            if (doc.Tokens[j].Kind == TokenKind.Quote) break;
        }
        if (doc.IsPunct(k, ',') || doc.IsPunct(k, ':')) k++;
        return k;
    }

    private static QuoteCandidate? Clause(Document doc, int first, int end, ExtractedSpeaker speaker, int cueToken, Sentence s, int attrFirst, int attrEnd)
    {
        var tokens = doc.Tokens;
        while (first < end && tokens[first].Kind is TokenKind.Punct or TokenKind.Quote && !tokens[first].Is(TokenFlags.Opening)) first++;
        while (end > first && tokens[end - 1].Kind is TokenKind.Punct or TokenKind.Quote) end--;
        if (end - first < 2) return null;
        var startChar = tokens[first].Kind == TokenKind.Quote ? tokens[first].End : tokens[first].Start;
        var span = new TextSpan(startChar, tokens[end - 1].End);
        return new QuoteCandidate(span, QuoteKind.Partial, speaker, doc.SpanOf(cueToken, cueToken + 1),
            speaker.EntityId is not null ? 0.75 : 0.6, first, end, attrFirst, attrEnd, s.Paragraph);
    }

    private static int ParagraphEnd(Document doc, int k)
    {
        var s = doc.SentenceOf[k];
        var paragraph = doc.Sentences[s].Paragraph;
        var end = doc.Sentences[s].EndToken;
        while (s + 1 < doc.Sentences.Count && doc.Sentences[s + 1].Paragraph == paragraph && end - k < CueWindow + 2) end = doc.Sentences[++s].EndToken;
        return end;
    }

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
            return null;
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
        for (var v = k + 1; v < doc.Tokens.Count && v <= k + 5; v++)
        {
            var t = doc.Tokens[v];
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
                    break;
                }
                if (doc.Tokens[j].Kind != TokenKind.Word || !doc.Tokens[j].IsCapitalized) break;
            }
        }
        return null;
    }

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
