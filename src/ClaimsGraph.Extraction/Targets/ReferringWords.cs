using ClaimsGraph.Extraction.Coreference;
using ClaimsGraph.Extraction.Lexicon;
using ClaimsGraph.Extraction.Mentions;
using ClaimsGraph.Extraction.Text;

namespace ClaimsGraph.Extraction.Targets;

/// <summary>
/// Words in a quote that refer to an entity without naming it, so a quote about someone is found even when its words
/// only say "the president" or "the island": a role noun after "the" is the article's holder of that role, "the island"
/// the island state most recently named. Pronouns are <see cref="PronounReferent"/>'s.
/// </summary>
public static class ReferringWords
{
    private const int StateWindow = 1500;

    /// <summary>States on islands of their own, which news calls "the island" after naming them.</summary>
    private static readonly HashSet<string> IslandStates = new(StringComparer.Ordinal)
    {
        "state:TW", "state:JP", "state:CU", "state:PH", "state:LK", "state:IE", "state:IS", "state:CY", "state:MT", "state:SG",
        "state:JM", "state:NZ", "state:MG", "state:BH", "state:HT", "state:TT", "state:BS", "state:BB", "state:MU", "state:MV",
    };

    /// <summary>The entity token <paramref name="k"/> refers to, or null.</summary>
    public static string? Resolve(Document doc, int k)
    {
        var t = doc.Tokens[k];
        if (t.Kind != TokenKind.Word) return null;
        var w = doc.Word(k);
        // "the Chinese president", "Japan's prime minister": the holder of the role given with that state; a holder given
        // with no state may be someone else's ("the Mexican president" is no "President Reagan").
        if (!t.IsCapitalized && Titles.RoleNouns.Contains(w) && StateOwner(doc, k) is { } state)
            return SpeakerResolver.RoleHolder(doc, w, k, headOnly: true, stateId: state) is { } holder && SpeakerResolver.StateOf(doc, holder) == state ? holder.Id : null;
        if (!t.IsCapitalized && k > 0 && doc.WordIs(k - 1, "the"))
        {
            if (w.Equals("island", StringComparison.OrdinalIgnoreCase)) return RecentIslandState(doc, k);
            // "the senator from Florida", "the president of the United States": a qualified role names someone else, or the office.
            if (Titles.RoleNouns.Contains(w) && !WordLists.AnonymousHeads.Contains(w) && !(doc.WordIs(k + 1, "from") || doc.WordIs(k + 1, "of")))
                return SpeakerResolver.RoleHolder(doc, w, k, headOnly: true)?.Id;
        }
        return null;
    }

    /// <summary>The state of "the Chinese" or "China's" right before token <paramref name="k"/>, or null.</summary>
    private static string? StateOwner(Document doc, int k)
    {
        var j = k - 1;
        if (j >= 0 && doc.Tokens[j].Is(TokenFlags.Clitic)) j--;
        if (j < 0 || doc.MentionAt[j] < 0) return null;
        var mention = doc.Mentions[doc.MentionAt[j]];
        if (mention.Kind != MentionKind.State || mention.EndToken != j + 1) return null;
        // A demonym needs its article ("the Chinese president"); "Chinese president Xi" is a title the mention stage read.
        return j == k - 2 || mention.FirstToken > 0 && doc.WordIs(mention.FirstToken - 1, "the") ? mention.EntityId : null;
    }

    private static string? RecentIslandState(Document doc, int k)
    {
        for (var j = k - 1; j >= 0 && k - j <= StateWindow; j--)
        {
            var m = doc.MentionAt[j];
            if (m < 0) continue;
            j = doc.Mentions[m].FirstToken;
            if (doc.Mentions[m].Kind == MentionKind.State && IslandStates.Contains(doc.Mentions[m].EntityId)) return doc.Mentions[m].EntityId;
        }
        return null;
    }
}
