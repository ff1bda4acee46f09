namespace ClaimsGraph.Extraction.Text;

/// <summary>
/// Splits tokens into sentences: a paragraph break always ends one; '.', '!' and '?' end one when the
/// next token starts a sentence, except after abbreviations ("Mr.", "Sen.", "Jan.", "a.m.") and initials.
/// A closing quotation mark right after the terminator stays in the sentence it closes.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cmdr", "Adm",
        "Maj", "Cpl", "Pvt", "Lieut", "Supt", "Det", "Insp", "Rev", "Hon", "Pres", "Atty", "Sr", "Jr", "St",
        "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Vol", "vs", "etc", "Inc", "Corp", "Ltd", "Co", "Bros", "approx", "Ave", "Blvd", "Dept",
        "Univ", "Assn", "Fig", "ca", "cf", "al", "i.e", "e.g", "a.m", "p.m", "R", "D", "I",
        // US state abbreviations in news style ("Tampa, Fla.", "Rep. Jim Jordan, R-Ohio"), written mid-sentence.
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "Wis", "Wyo",
    };

    private static readonly Dictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.ToDictionary(a => a, _ => true, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Split(string text, List<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Count / 18 + 2);
        var paragraph = -1;
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Is(TokenFlags.ParagraphStart))
            {
                if (i > first) sentences.Add(new Sentence(first, i, paragraph));
                first = i;
                paragraph++;
            }
            if (t.Kind != TokenKind.Punct || !IsTerminator(text[t.Start])) continue;
            var end = i + 1;
            // Swallow repeated terminators and the quotation marks or brackets that close with the sentence.
            while (end < tokens.Count && !tokens[end].Is(TokenFlags.ParagraphStart) &&
                   (tokens[end].Kind == TokenKind.Quote && !tokens[end].Is(TokenFlags.Opening) && tokens[end - 1].End == tokens[end].Start
                    || tokens[end].Kind == TokenKind.Punct && (IsTerminator(text[tokens[end].Start]) || text[tokens[end].Start] is ')' or '\u2019' or '\'')))
                end++;
            if (end >= tokens.Count || tokens[end].Is(TokenFlags.ParagraphStart)) { i = end - 1; continue; }
            if (text[t.Start] == '.' && i > first && IsAbbreviation(text, tokens[i - 1], t)) continue;
            if (!StartsSentence(text, tokens[end])) continue;
            sentences.Add(new Sentence(first, end, Math.Max(paragraph, 0)));
            first = end;
            i = end - 1;
        }
        if (first < tokens.Count) sentences.Add(new Sentence(first, tokens.Count, Math.Max(paragraph, 0)));
        return sentences;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsAbbreviation(string text, Token word, Token dot)
    {
        if (word.End != dot.Start || word.Kind != TokenKind.Word) return false;
        var w = text.AsSpan(word.Start, word.Length);
        if (w.Length == 1 && char.IsUpper(w[0])) return true; // an initial: "J. Edgar"
        return AbbreviationLookup.ContainsKey(w);
    }

    private static bool StartsSentence(string text, Token next)
    {
        var c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || next.Kind == TokenKind.Quote || c is '(' or '[' or '\u2018' or '\'' or '-' or '\u2014';
    }
}
