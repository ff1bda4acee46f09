using ClaimsGraph.Domain.Model;
using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Pipeline;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Quotes;

/// <summary>X said: “…” / “…” after a colon or a short cue sentence: the speaker named before the opening mark.</summary>
public static partial class QuoteAttributor
{
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
        if (DashSourceBeforeColon(doc, s, colon) is var (df, de) && de > df)
        {
            speaker = SpeakerResolver.Resolve(doc, df, de, fromRight: true);
            cue = doc.SpanOf(colon, colon + 1);
            clauseFirst = df;
            return true;
        }
        // "… surprise Republican pollster Daron Shaw: “…”" / "Asked which county he liked, he demurred: “…”":
        // a name, or a name or pronoun and a verb, right before the colon.
        var nameEnd = doc.Tokens[colon - 1].Kind == TokenKind.Word && !doc.Tokens[colon - 1].IsCapitalized && colon - 2 >= s.FirstToken ? colon - 1 : colon;
        // "Rubio fired back forcefully:": a verb and up to two particles or adverbs after the name.
        for (var j = colon - 2; j >= colon - 3 && j - 1 >= s.FirstToken && nameEnd == colon - 1; j--)
        {
            if (doc.Tokens[j].Kind != TokenKind.Word || doc.Tokens[j].IsCapitalized) break;
            if (doc.MentionAt[j - 1] is var mj and >= 0 && doc.Mentions[mj].Kind == Mentions.MentionKind.Person && doc.Mentions[mj].EndToken == j && LooksLikeFiniteVerb(doc, j)
                && !(doc.Tokens[colon - 1].Kind == TokenKind.Word && (SpeakerResolver.IsSubjectPronoun(doc.Word(colon - 1)) || doc.WordIs(colon - 1, "him") || doc.WordIs(colon - 1, "her") || doc.WordIs(colon - 1, "them"))))
            {
                nameEnd = j;
                break;
            }
        }
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

    /// <summary>
    /// "Said Dorothy Poynter, who grew up there, “…”" (an inverted verb of saying opening the sentence, then its source; not
    /// "Asked by X to respond, Carson said", a participle) and
    /// "As The Post’s Dana Milbank puts it, “…”": the source, and the cue token, of an opener that introduces the quote after
    /// its comma; (0, 0, 0) otherwise.
    /// </summary>
    private static (int First, int End, int Cue) IntroducingOpener(Document doc, QuotePiece p, Sentence s)
    {
        var comma = p.Open - 1;
        if (!doc.IsPunct(comma, ',') || comma - s.FirstToken < 2) return (0, 0, 0);
        var f = s.FirstToken;
        if (doc.Tokens[f].Kind == TokenKind.Word && doc.Tokens[f].IsCapitalized && !doc.InQuote[f] && IsInvertedOpenerVerb(doc.Word(f)))
        {
            var (af, ae) = SourcePhrase.After(doc, f, comma + 1);
            if (ae > af && doc.IsPunct(ae, ',') && SourcePhrase.LooksLikeSource(doc, af, ae)) return (af, ae, f);
            return (0, 0, 0);
        }
        // "As one employee told the Weekly, “…”", "as the mayor said Tuesday, “…”": "as", a source and a verb of saying before the comma.
        if (AsClauseSource(doc, s, comma) is var (xf, xe) && xe > xf) return (xf, xe, xe);
        // "… put it," / "… puts it,": the verb two words before the comma, "as" opening its clause.
        var v = comma - 2;
        if (v - 2 < s.FirstToken || !doc.WordIs(comma - 1, "it") || !(doc.WordIs(v, "put") || doc.WordIs(v, "puts"))) return (0, 0, 0);
        for (var a = v - 2; a >= s.FirstToken && a >= v - 8; a--)
        {
            if (!doc.WordIs(a, "as")) continue;
            if (a > s.FirstToken && !doc.IsPunct(a - 1, ',')) return (0, 0, 0);
            // "As one journalist covering the research put it,": a described source too.
            return SourcePhrase.LooksLikeSource(doc, a + 1, v) || SourcePhrase.IsDeterminedNounPhrase(doc, a + 1, v) ? (a + 1, v, v) : (0, 0, 0);
        }
        return (0, 0, 0);
    }

    /// <summary>
    /// "Pollsters agree - Carl Bialik: “…”", "What it means for the race - More from the report: “…”": a digest line whose topic
    /// ends at a spaced dash names the quote's source between the dash and the colon (after "More from"); else (0, 0).
    /// </summary>
    private static (int First, int End) DashSourceBeforeColon(Document doc, Sentence s, int colon)
    {
        for (var d = colon - 2; d > s.FirstToken && d >= colon - 8; d--)
        {
            if (doc.Tokens[d].Kind == TokenKind.Quote) return (0, 0);
            if (!(doc.IsPunct(d, '-') || doc.IsPunct(d, '\u2013') || doc.IsPunct(d, '\u2014')) || doc.Tokens[d].Is(TokenFlags.Glued) || doc.Tokens[d - 1].End == doc.Tokens[d].Start) continue;
            var f = d + 1;
            if (doc.WordIs(f, "more") && doc.WordIs(f + 1, "from")) f += 2;
            for (var k = f; k < colon; k++)
            {
                if (doc.Tokens[k].Kind is TokenKind.Quote || SourcePhrase.IsCue(doc, k)) return (0, 0);
            }
            return f < colon && (SourcePhrase.LooksLikeSource(doc, f, colon) || SourcePhrase.IsDeterminedNounPhrase(doc, f, colon)) ? (f, colon) : (0, 0);
        }
        return (0, 0);
    }

    /// <summary>
    /// "As one employee told the Weekly," / "But as the mayor said Tuesday,": "as" opening the sentence (after "but" or "and") or
    /// following a comma, then a source and a verb of saying, all before <paramref name="comma"/>; the source, else (0, 0).
    /// </summary>
    private static (int First, int End) AsClauseSource(Document doc, Sentence s, int comma)
    {
        for (var a = comma - 3; a >= s.FirstToken && a >= comma - 12; a--)
        {
            if (doc.Tokens[a].Kind == TokenKind.Quote || doc.IsPunct(a, ',') && a < comma - 3) return (0, 0);
            if (!doc.WordIs(a, "as")) continue;
            var opens = a == s.FirstToken || doc.IsPunct(a - 1, ',') || a - 1 == s.FirstToken && (doc.WordIs(a - 1, "but") || doc.WordIs(a - 1, "and"));
            if (!opens) return (0, 0);
            for (var v = a + 2; v < comma; v++)
            {
                if (!SourcePhrase.IsCue(doc, v)) continue;
                var (f, e) = SourcePhrase.Before(doc, v, a + 1);
                return e > f && f == a + 1 && e == v && (SourcePhrase.LooksLikeSource(doc, f, e) || SourcePhrase.IsDeterminedNounPhrase(doc, f, e)) ? (f, e) : (0, 0);
            }
            return (0, 0);
        }
        return (0, 0);
    }

    private static bool IsInvertedOpenerVerb(ReadOnlySpan<char> word) =>
        word.Equals("Said", StringComparison.Ordinal) || word.Equals("Says", StringComparison.Ordinal) || word.Equals("Wrote", StringComparison.Ordinal)
        || word.Equals("Added", StringComparison.Ordinal);

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

    private static readonly Lexicon.WordSet TellClauseWords = new(
    [
        "what", "that", "which", "who", "whom", "whose", "when", "where", "if", "whether", "because", "as", "while", "after",
        "before", "since", "although", "though", "until", "unless",
    ]);

    /// <summary>Whether a lower-case clause word ("what", "who", "because") stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool OpensClauseBetween(Document doc, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Word && !doc.Tokens[k].IsCapitalized && TellClauseWords.Contains(doc.Word(k))) return true;
        }
        return false;
    }

    private static bool TryCueBefore(Document doc, QuotePiece p, Sentence s, out ExtractedSpeaker speaker, out TextSpan? cue, out int clauseFirst)
    {
        speaker = ExtractedSpeaker.Unknown;
        cue = null;
        clauseFirst = p.Open;
        var k = p.Open - 1;
        if (k < s.FirstToken) return false;
        if (IntroducingOpener(doc, p, s) is var (of, oe, ov) && oe > of)
        {
            speaker = SpeakerResolver.Resolve(doc, of, oe, fromRight: ov > of);
            cue = doc.SpanOf(ov, ov + 1);
            clauseFirst = Math.Min(of, ov);
            return true;
        }
        // "Pollsters agree - Carl Bialik: “…”": the source after the dash, not the topic's verb (the colon introduction reads it).
        if (doc.IsPunct(k, ':') && DashSourceBeforeColon(doc, s, k).End > 0) return false;
        if (doc.Tokens[k].Kind == TokenKind.Punct && doc.CharAt(k) is ':' or ',' or '\u2014' or '-') k--;
        for (var v = k; v >= s.FirstToken && v >= k - 5; v--)
        {
            if (doc.Tokens[v].Kind == TokenKind.Quote) break;
            if (!SourcePhrase.IsCue(doc, v)) continue;
            // "Lund was asked, “…?”": the subject of a passive of asking or telling hears the quote; its speaker is not named.
            if (Indirect.PassiveHearer.Is(doc, v, s.FirstToken))
            {
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = v;
                return true;
            }
            if (WithParticipleSubject(doc, v, s.FirstToken) is var (wf, we) && we > wf)
            {
                speaker = SpeakerResolver.Resolve(doc, wf, we, fromRight: true);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = wf;
                return true;
            }
            if (AttributionBeforeParticiple(doc, v, s) is var (af, ae, fromRight) && ae > af)
            {
                speaker = SpeakerResolver.Resolve(doc, af, ae, fromRight);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = af;
                return true;
            }
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
            // "As one worker told a local weekly, “…”", "When the envoy said, “…”": the subordinator opening the sentence is no part of the source.
            var opened = f == s.FirstToken && e - f > 1 && (doc.WordIs(f, "as") || Indirect.OpeningClause.IsSubordinator(doc, f));
            if (opened) f++;
            if (SubjectBeforeAside(doc, s, f, e, v) is var (xf, xe) && xe > xf) (f, e) = (xf, xe);
            else if (AfterRelativeOrAppositive(doc, f, e, v) && SentenceSubject(doc, s, v) is var (sf1, se1) && se1 > sf1 && doc.IsPunct(se1, ','))
            {
                // "Douglas Brinkley, a historian who attended the session, recalled, “…”": the subject before the aside.
                (f, e) = (sf1, se1);
            }
            if (e > f && (SourcePhrase.LooksLikeSource(doc, f, e) || (f == s.FirstToken || opened && f == s.FirstToken + 1 || doc.IsPunct(f - 1, ',')) && SourcePhrase.IsDeterminedNounPhrase(doc, f, e)))
            {
                speaker = SpeakerResolver.Resolve(doc, f, e, fromRight: true);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = f;
                return true;
            }
            // "A Qatari official involved in the talks told Reuters, “…”": the object of "told" is the hearer, never the
            // speaker; when no source stands right before the verb, the sentence's subject is the speaker, unless "told"
            // stands in a clause of its own ("… of what his parents told him: “…”").
            if (Indirect.TellAfterQuote.IsTellForm(doc, v))
            {
                var (tf, te) = SentenceSubject(doc, s, v);
                if (te <= tf || OpensClauseBetween(doc, te, v)) return false;
                // "A Qatari official …": the head noun after a demonym the subject stopped at.
                if (te < v && doc.Tokens[te].Kind == TokenKind.Word && !doc.Tokens[te].IsCapitalized
                    && (Lexicon.WordLists.AnonymousHeads.Contains(doc.Word(te)) || Lexicon.Titles.RoleNouns.Contains(doc.Word(te)))) te++;
                speaker = SpeakerResolver.Resolve(doc, tf, te, fromRight: false);
                cue = doc.SpanOf(v, v + 1);
                clauseFirst = tf;
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
}
