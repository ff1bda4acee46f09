namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// The speech-cue lexicon: verbs of saying in every form news uses, and the nouns of multi-word cues
/// ("according to", "in a statement"). Verbs that need an object before the quote ("told reporters")
/// are marked so the attribution step can skip that object.
/// </summary>
public static class SpeechCues
{
    private static readonly string[] Lemmas =
    [
        "say", "tell", "add", "argue", "warn", "explain", "note", "write", "tweet", "state", "claim", "insist", "assert",
        "declare", "continue", "recall", "remark", "reply", "respond", "announce", "acknowledge", "admit", "suggest", "ask",
        "complain", "predict", "promise", "vow", "urge", "concede", "counter", "emphasize", "emphasise", "stress", "observe",
        "conclude", "joke", "quip", "charge", "allege", "maintain", "contend", "confirm", "deny", "report", "describe",
        "call", "brag", "boast", "proclaim", "shout", "yell", "scream", "exclaim", "whisper", "mutter", "lament", "fret",
        "muse", "concur", "agree", "disagree", "retort", "snap", "demand", "plead", "pledge", "repeat", "reiterate",
        "testify", "post", "wonder", "chime", "interject", "begin", "caution", "point", "mention", "blast", "slam",
        "criticize", "criticise", "praise", "accuse", "tout", "highlight", "recount", "posit", "speculate", "estimate",
        "reason", "add", "affirm", "advise", "announce", "answer", "believe", "think", "feel", "hope", "fear", "threaten",
        // Verbs that introduce quoted words only (also in QuoteOnlyVerbs): chants, signs, documents, manners of speaking.
        "read", "echo", "chant", "sing", "bark", "beam", "scoff", "sigh", "laugh", "gush", "rail", "thunder", "marvel",
        "chuckle", "recite", "cheer", "holler",
    ];

    // Verbs stressed on a last short syllable double its consonant (declared before the word sets built from Forms): "referred", "admitting", "preferred".
    private static readonly HashSet<string> DoubleFinalConsonant = ["refer", "admit", "concur", "prefer", "regret", "rebut", "infer", "commit", "submit", "omit"];

    private static readonly Dictionary<string, string[]> Irregular = new()
    {
        ["say"] = ["say", "says", "said", "saying"], ["tell"] = ["tell", "tells", "told", "telling"],
        ["write"] = ["write", "writes", "wrote", "writing", "written"], ["begin"] = ["begin", "begins", "began", "beginning"],
        ["think"] = ["think", "thinks", "thought", "thinking"], ["feel"] = ["feel", "feels", "felt", "feeling"],
        ["snap"] = ["snap", "snaps", "snapped", "snapping"], ["quip"] = ["quip", "quips", "quipped", "quipping"],
        ["slam"] = ["slam", "slams", "slammed", "slamming"], ["chime"] = ["chime", "chimes", "chimed", "chiming"],
        ["read"] = ["read", "reads"], ["sing"] = ["sings", "sang"], ["echo"] = ["echo", "echoes", "echoed"],
        ["cheer"] = ["cheered"], ["rail"] = ["railed"], ["thunder"] = ["thundered"],
    };

    /// <summary>The forms of the quote-only lemmas above, which indirect speech must not use ("he read the report").</summary>
    private static readonly string[] QuoteOnlyLemmas =
        ["read", "echo", "chant", "sing", "bark", "beam", "scoff", "sigh", "laugh", "gush", "rail", "thunder", "marvel", "chuckle", "recite", "cheer", "holler"];

    public static WordSet Verbs { get; } = new(Lemmas.SelectMany(Forms), ignoreCase: false);

    /// <summary>Verbs after which the addressee comes before the quote: "told reporters", "told CNN".</summary>
    public static WordSet TakesObject { get; } = new(["tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "warn", "warned", "warns", "urge", "urged", "urges", "remind", "reminded", "assure", "assured", "advise", "advised"]);

    /// <summary>Words of reported speech that are no verb of saying for indirect speech ("called", "described"): only with a quote.</summary>
    public static WordSet QuoteOnlyVerbs { get; } = new(QuoteOnlyLemmas.SelectMany(Forms).Concat(["call", "calls", "called", "calling", "describe", "describes", "described", "describing", "blast", "blasted", "slam", "slammed", "praise", "praised", "tout", "touted", "highlight", "highlighted", "post", "posted", "posts", "begin", "began", "begins", "continue", "continued", "continues", "chimed", "point", "pointed", "mention", "mentioned", "report", "reported", "reports", "hope", "hoped", "fear", "feared", "feel", "felt", "wonder", "wondered", "believe", "believed", "believes", "think", "thinks", "thought", "criticize", "criticized", "accuse", "accused", "estimate", "estimated"]));

    /// <summary>A verb of saying that reports speech with or without quotation marks ("said", "told"; not "called", "believed").</summary>
    public static bool IsVerbOfSaying(ReadOnlySpan<char> word) => Verbs.Contains(word) && !QuoteOnlyVerbs.Contains(word);

    /// <summary>The forms of a regular (or listed irregular) verb: lemma, -s, -ed, -ing.</summary>
    internal static IEnumerable<string> Forms(string lemma)
    {
        if (Irregular.TryGetValue(lemma, out var forms)) return forms;
        if (DoubleFinalConsonant.Contains(lemma)) return [lemma, lemma + "s", lemma + lemma[^1] + "ed", lemma + lemma[^1] + "ing"];
        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        var s = lemma.EndsWith('y') && lemma.Length > 3 && !"aeiou".Contains(lemma[^2]) ? lemma[..^1] + "ies" : lemma.EndsWith("sh") || lemma.EndsWith('s') || lemma.EndsWith('x') ? lemma + "es" : lemma + "s";
        var ed = lemma.EndsWith('y') && lemma.Length > 3 && !"aeiou".Contains(lemma[^2]) ? lemma[..^1] + "ied" : stem + "ed";
        return [lemma, s, ed, stem + "ing"];
    }
}
