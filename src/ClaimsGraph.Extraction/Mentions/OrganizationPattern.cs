using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Mentions;

/// <summary>
/// Government bodies the curated list does not name, by their shape: capitalised words ending in a body's head word
/// ("the Foreign Ministry", "the Defense Ministry", "Interior Ministry") or a head word with "of" and the field
/// ("Ministry of Defence", "Department of Energy"). Kept to heads that are always bodies, so "Trump Campaign" or
/// "Federal Court" are left to the curated list.
/// </summary>
public static class OrganizationPattern
{
    private const int MaxWords = 4;
    private const int MaxWordsJoined = 8;

    private static readonly WordSet BodyHeads = new(
    [
        "Ministry", "Department", "Agency", "Commission", "Committee", "Council", "Command", "Office", "Bureau", "Administration",
        "Authority", "Parliament", "Assembly", "Cabinet", "Directorate", "Secretariat",
    ], ignoreCase: false);

    private static readonly WordSet HeadsBeforeOf = new(["Ministry", "Department", "Office", "Bureau", "Secretariat"], ignoreCase: false);

    /// <summary>How many tokens from <paramref name="i"/> name a body, or 0.</summary>
    public static int Match(Document doc, int i, int limit)
    {
        var tokens = doc.Tokens;
        var j = i;
        var joined = false;
        while (j < limit && j - i < MaxWordsJoined && (IsNamePart(doc, j) || JoinsNameParts(j)))
        {
            // "National Disaster Risk Reduction and Management Council": an "and" between the fields of one body.
            if (!IsNamePart(doc, j)) { joined = true; j++; continue; }
            if (BodyHeads.Contains(doc.Word(j)))
            {
                if (!joined && j - i >= MaxWords) return 0;
                // "Ministry of Defence": the field after "of" belongs to the name.
                if (HeadsBeforeOf.Contains(doc.Word(j)) && doc.WordIs(j + 1, "of") && j + 2 < limit && IsNamePart(doc, j + 2))
                {
                    var k = j + 2;
                    while (k < limit && k - j < 5 && IsNamePart(doc, k) && !Titles.RoleNouns.Contains(doc.Word(k))) k++;
                    return k - i;
                }
                // A head alone ("Council") names no particular body; a head with a qualifier does, but the Oval Office is a room.
                return j > i && !(j == i + 1 && doc.WordIs(i, "Oval")) ? j + 1 - i : 0;
            }
            j++;
        }
        return 0;

        bool JoinsNameParts(int k) => k > i && k + 1 < limit && doc.WordIs(k, "and") && !tokens[k].IsCapitalized && IsNamePart(doc, k + 1);

        bool IsNamePart(Document d, int k) =>
            tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized && !tokens[k].Is(TokenFlags.Clitic) && !FunctionWords.Contains(d.Word(k));
    }

    private static readonly WordSet FunctionWords = new(
    [
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "This", "That", "These",
        "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "There", "Here", "As",
        "For", "From", "With", "By", "To", "Of", "Not", "No", "So", "Then", "Also",
    ], ignoreCase: false);
}
