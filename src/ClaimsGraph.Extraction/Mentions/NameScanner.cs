using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Mentions;

/// <summary>
/// Reads a person's name from a token: capitalised words, initials ("J."), hyphenated parts
/// ("Jean-Claude"), particles inside a name ("de", "van", "bin", two in a row: "von der", "de la") and a "Jr." suffix;
/// at most five words.
/// </summary>
public static class NameScanner
{
    private static readonly WordSet Particles = new(["de", "van", "von", "der", "den", "da", "di", "del", "della", "bin", "al", "la", "le", "du", "dos", "das", "ter", "ibn", "abu"], ignoreCase: false);

    private static readonly WordSet Suffixes = new(["Jr", "Sr", "II", "III", "IV"], ignoreCase: false);

    /// <summary>"de", "van", "von der": a lower-case word that joins the parts of a name.</summary>
    public static bool IsParticle(Document doc, int k) => doc.Tokens[k].Kind == TokenKind.Word && Particles.Contains(doc.Word(k));

    /// <summary>The end (exclusive) of a name starting at <paramref name="i"/>, or <paramref name="i"/> when none starts there.</summary>
    public static int Scan(Document doc, int i, int limit)
    {
        var tokens = doc.Tokens;
        var end = i;
        var words = 0;
        var j = i;
        while (j < limit && words < 5)
        {
            var t = tokens[j];
            if (j > i && t.Is(TokenFlags.ParagraphStart)) break;
            if (t.Kind == TokenKind.Word && t.IsCapitalized && !t.Is(TokenFlags.Clitic))
            {
                var w = doc.Word(j);
                if (w.Length == 1)
                {
                    // An initial needs its dot: "J. Edgar Hoover".
                    if (doc.IsPunct(j + 1, '.') && tokens[j].End == tokens[j + 1].Start && j + 2 < limit && tokens[j + 2].IsCapitalized)
                    {
                        j += 2;
                        words++;
                        continue;
                    }
                    break;
                }
                if (WordLists.NotNameWords.Contains(w) || (t.Is(TokenFlags.AllCaps) && w.Length > 3)) break; // shouting headlines, transcripts' speaker labels
                if (j > i && Suffixes.Contains(w))
                {
                    end = doc.IsPunct(j + 1, '.') ? j + 2 : j + 1;
                    break;
                }
                if (words > 0 && IsStateOrOrgStart(doc, j, limit)) break;
                j++;
                words++;
                end = j;
                // "Jean-Claude", "Ocasio-Cortez": a glued hyphen joins two capitalised parts; after the first word of a
                // name, a short lower-case syllable too ("Lai Ching-te", "Moon Jae-in"), but not "Trump-like".
                if (j + 1 < limit && tokens[j - 1].Is(TokenFlags.Glued) && doc.IsPunct(j, '-') && tokens[j].Is(TokenFlags.Glued)
                    && (tokens[j + 1].IsCapitalized || words > 1 && IsGivenNameSyllable(doc, j + 1)))
                {
                    j += 2;
                    end = j;
                }
                continue;
            }
            if (words > 0 && IsParticle(doc, j))
            {
                // "von der Leyen", "de la Cruz": two particles in a row.
                var p = j + 1 < limit && IsParticle(doc, j + 1) ? j + 2 : j + 1;
                if (p < limit && tokens[p].IsCapitalized)
                {
                    j = p;
                    continue;
                }
            }
            break;
        }
        return end;
    }

    private const int MaxSyllableLetters = 5;

    // What English glues to a name with a hyphen: "Trump-like", "Clinton-era", "Kremlin-backed".
    private static readonly WordSet HyphenSuffixes = new(
    [
        "like", "style", "era", "led", "backed", "based", "born", "made", "free", "linked", "owned", "run", "type", "esque", "ish",
        "related", "friendly", "allied", "aligned", "leaning", "bashing", "elect", "in-law", "ally", "loving", "hating", "proof",
    ]);

    /// <summary>"te" of "Ching-te", "in" of "Jae-in": the lower-case second syllable of an East Asian given name.</summary>
    private static bool IsGivenNameSyllable(Document doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word || t.Length > MaxSyllableLetters || HyphenSuffixes.Contains(doc.Word(k))) return false;
        foreach (var c in doc.Word(k)) if (!char.IsAsciiLetterLower(c)) return false;
        return true;
    }

    private static bool IsStateOrOrgStart(Document doc, int j, int limit)
    {
        var text = doc.Text;
        return CountryGazetteer.Instance.Matcher.Match(text, doc.Tokens, j, limit, out var s) > 0 && s.Kind != StateMentionKind.Capital
               || Organizations.Matcher.Match(text, doc.Tokens, j, limit, out _) > 0;
    }
}
