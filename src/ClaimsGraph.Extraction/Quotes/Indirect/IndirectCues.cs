using ClaimsGraph.Extraction.Lexicon;

namespace ClaimsGraph.Extraction.Quotes.Indirect;

/// <summary>
/// Words that introduce reported speech or thought without quotation marks. News reports beliefs, findings
/// and claims with the same construction as speech ("X believes (that) …", "the poll shows that …",
/// "his claim that …"), so the lexicon is wider than <see cref="SpeechCues"/>.
/// </summary>
public static class IndirectCues
{
    private static IEnumerable<string> Forms(string lemma) => SpeechCues.Forms(lemma);

    // Verbs of saying, thinking and finding that report a clause after "that".
    private static readonly string[] ThatLemmas =
    [
        "say", "tell", "add", "argue", "warn", "explain", "note", "write", "tweet", "state", "claim", "insist", "assert",
        "declare", "recall", "remark", "reply", "respond", "announce", "acknowledge", "admit", "suggest", "complain",
        "predict", "promise", "vow", "concede", "counter", "emphasize", "emphasise", "stress", "observe", "conclude",
        "charge", "allege", "maintain", "contend", "confirm", "deny", "report", "reveal", "indicate", "show", "find",
        "believe", "think", "feel", "hope", "fear", "worry", "know", "realize", "realise", "understand", "agree",
        "estimate", "expect", "guess", "imagine", "suspect", "doubt", "assume", "reckon", "figure", "signal", "testify",
        "pledge", "swear", "speculate", "posit", "imply", "hint", "boast", "brag", "lament", "caution", "advise",
        "assure", "remind", "inform", "learn", "hear", "discover", "determine", "decide", "rule", "demonstrate", "prove",
        "calculate", "forecast", "recognize", "recognise", "joke", "quip", "concur", "proclaim", "mention", "point",
        "accept", "project", "wager", "bet", "fret", "muse", "presume", "surmise", "theorize", "acknowledge", "reiterate",
        "repeat", "stipulate", "insinuate", "confide", "disclose", "divulge", "assert", "affirm", "attest", "certify",
        "hold", "contest", "dispute", "wonder", "ask", "see", "mean", "read", "seem", "appear",
    ];

    private static readonly string[] IrregularForms =
    [
        "knew", "known", "understood", "found", "shown", "saw", "seen", "heard", "swore", "sworn", "thought", "felt",
        "told", "said", "wrote", "written", "held", "meant", "bet", "forecast", "foresaw", "read", "ruled", "questioned", "questioning",
    ];

    /// <summary>Clause-reporting verbs, every form ("says", "has said", "is saying", "told", "believes").</summary>
    public static WordSet ThatVerbs { get; } = new(ThatLemmas.SelectMany(Forms).Concat(IrregularForms), ignoreCase: true);

    /// <summary>
    /// Verbs that take a reported clause without "that" ("Clinton said the plan would fail", "I think he is
    /// wrong"); other verbs more often take a plain object ("explained the plan", "showed the video").
    /// </summary>
    public static WordSet BareClauseVerbs { get; } = new(
        new[]
        {
            "say", "tell", "think", "believe", "argue", "claim", "suggest", "hope", "fear", "feel", "guess", "insist", "warn",
            "predict", "figure", "reckon", "add", "note", "write", "admit", "agree", "contend", "assert", "worry", "complain",
            "acknowledge", "concede", "tweet", "charge", "allege", "maintain", "promise", "vow", "bet", "wager", "declare",
            "estimate", "expect", "suspect", "recall", "explain", "stress", "emphasize", "report", "testify", "swear", "joke", "show", "indicate", "reveal",
        }.SelectMany(Forms).Concat(["told", "said", "thought", "felt", "wrote", "written", "swore", "sworn", "bet"]),
        ignoreCase: true);

    /// <summary>
    /// Verbs whose whole complement is what is reported, clause or not: "announced his candidacy", "the poll shows
    /// Clinton leading", "denied the allegations", "asked about the merger". Verbs of saying proper ("said on
    /// Tuesday") are left out: their complement without "that" must look like a clause.
    /// </summary>
    public static WordSet ComplementVerbs { get; } = new(
        new[]
        {
            "announce", "show", "find", "reveal", "indicate", "suggest", "predict", "estimate", "confirm", "deny", "acknowledge",
            "admit", "propose", "promise", "pledge", "vow", "demand", "urge", "dispute", "reject", "dismiss",
            "defend", "endorse", "support", "oppose", "criticize", "criticise", "praise", "blame", "accuse", "applaud",
            "condemn", "denounce", "fear", "expect", "want", "favor", "favour", "prefer", "welcome", "doubt",
            "believe", "think", "know", "recall", "recommend", "advocate", "demonstrate", "signal", "forecast", "project",
            "ask", "wonder", "discuss", "mention", "cite", "tout", "highlight", "stress", "emphasize", "emphasise",
            "acknowledge", "concede", "reiterate", "repeat", "insist", "argue", "claim", "allege", "report", "explain", "describe",
            "decline", "refuse", "plan", "seek", "intend", "offer", "decide", "threaten", "vow", "aim", "seem", "appear",
            "attack", "back", "agree", "hope", "mock", "decry", "slam", "blast", "request", "question", "challenge", "embrace", "express", "voice", "champion", "downplay", "lament", "celebrate",
        }.SelectMany(Forms).Concat(["knew", "found", "shown", "thought", "questioned", "questioning", "sought", "planned", "planning"]), ignoreCase: true);

    /// <summary>
    /// Verbs of judging that also introduce quotes ("criticized the mayor", "praised him", "slammed the deal"): without
    /// "that" their object is the judged thing, reported whole like <see cref="ComplementVerbs"/>, not a clause.
    /// </summary>
    public static WordSet JudgingVerbs { get; } = new(
        new[] { "criticize", "criticise", "praise", "slam", "blast", "tout", "highlight" }.SelectMany(Forms), ignoreCase: true);

    /// <summary>
    /// Verbs whose reported content follows a preposition: "called for an investigation", "referred to the
    /// deal", "talked about trade", "warned of a crisis". The content is the preposition's object.
    /// </summary>
    public static WordSet PrepositionVerbs { get; } = new(
        new[] { "call", "refer", "talk", "speak", "point", "push", "advocate", "complain", "warn", "worry", "hope", "argue", "lobby", "press", "comment", "focus", "insist", "campaign", "rail", "lash", "weigh", "boast", "brag", "joke", "muse", "testify", "hint", "respond", "reply" }
            .SelectMany(Forms).Concat(["spoke", "spoken"]), ignoreCase: true);

    /// <summary><see cref="PrepositionVerbs"/> whose "to" names the listener ("spoke to reporters"), not the content.</summary>
    public static WordSet AddresseeToVerbs { get; } = new(
        new[] { "talk", "speak", "complain", "comment", "joke", "boast", "brag" }.SelectMany(Forms).Concat(["spoke", "spoken"]), ignoreCase: true);

    /// <summary>
    /// Verbs of naming and judging whose object and its predicate are the reported view: "called the charges
    /// baseless", "labeled him a liar", "deemed the plan a failure".
    /// </summary>
    public static WordSet NamingVerbs { get; } = new(
        new[] { "call", "dub", "label", "brand", "deem" }.SelectMany(Forms).Concat(["labelled", "labelling", "dubbed", "dubbing"]), ignoreCase: false);

    /// <summary>Verbs that report a view as "OBJECT as PREDICATE": "see him as a threat", "viewed the deal as a mistake".</summary>
    public static WordSet AsVerbs { get; } = new(
        new[] { "see", "view", "regard", "portray", "cast", "paint", "characterize", "characterise", "depict", "perceive" }
            .SelectMany(Forms).Concat(["saw", "seen", "cast", "painted"]), ignoreCase: false);

    /// <summary>Prepositions that introduce the content after a <see cref="PrepositionVerbs"/> verb.</summary>
    public static WordSet ContentPrepositions { get; } = new(["for", "on", "to", "about", "of", "against", "out"]);

    /// <summary>Verbs after which the addressee stands before the clause: "told reporters (that) …", "assured voters …".</summary>
    public static WordSet TakesAddressee { get; } = new(
        new[] { "tell", "warn", "remind", "assure", "inform", "advise", "promise", "ask", "caution", "notify", "convince", "persuade" }
            .SelectMany(Forms).Concat(["told"]), ignoreCase: true);

    /// <summary>
    /// Forms that report something in too few of their uses to be worth a report (train: fewer than one in five
    /// right): "find" and "knew" mostly state facts, "campaign for" and "speaking at" are events, "plan", "states",
    /// "attacks" and "questions" are mostly nouns, "figures out" is no thought, "back" is mostly an adverb.
    /// </summary>
    public static WordSet WeakForms { get; } = new(
    [
        "campaign", "find", "speaking", "thinking", "knew", "support", "supports", "plan", "states", "figures", "felt",
        "intended", "talk", "back", "attack", "attacks", "attacking", "question", "questions", "embrace", "embraced",
        "challenge", "challenges", "call", "requests", "blasts", "state", "figure", "endorse", "favored", "demonstrated",
    ]);

    /// <summary>
    /// Participles that after "is/was" name a state of their subject's mind, not a passive report: "is worried that",
    /// "was convinced that", "is focused on"; the subject holds the view.
    /// </summary>
    public static WordSet StateParticiples { get; } = new(
    [
        "worried", "concerned", "convinced", "focused", "assured", "opposed", "committed", "determined", "pleased",
        "disappointed", "frustrated", "surprised", "interested", "prepared", "inclined", "satisfied", "persuaded",
        "troubled", "alarmed", "encouraged", "dismayed", "outraged", "annoyed", "angered", "impressed", "obsessed",
        "unconvinced", "undecided", "engaged", "involved", "dedicated", "fixated", "resigned", "poised",
    ], ignoreCase: true);

    /// <summary>Verbs whose reported clause is a question: "asked whether …", "wondered why …".</summary>
    public static WordSet QuestionVerbs { get; } = new(
        new[] { "ask", "wonder", "inquire", "enquire" }.SelectMany(Forms).Concat(["questioned"]), ignoreCase: true);

    /// <summary>Prepositions that open no reported complement ("support for him", "announced in March").</summary>
    public static WordSet Prepositions { get; } = new(["for", "in", "on", "at", "to", "of", "with", "by", "from", "into", "over", "after", "before", "during", "as", "up", "out", "off", "back", "down", "away", "and", "or", "but", "so", "twice"]);

    /// <summary>Words no source noun phrase holds: verbs, conjunctions, subordinators.</summary>
    public static WordSet NotInSource { get; } = new(
    [
        "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can", "could", "should", "may",
        "might", "must", "do", "does", "did", "and", "but", "or", "that", "which", "who", "when", "while", "if", "because",
        "as", "so", "than", "then", "it", "this", "there", "what", "how", "why", "where", "not", "also", "to", "in", "on",
        "at", "with", "from", "by", "after", "before", "since", "into", "about",
    ]);

    /// <summary>Words that follow a cue without being reported: "said yesterday", "said Tuesday", "said today".</summary>
    public static WordSet CueAdverbs { get; } = new(
    [
        "yesterday", "today", "tonight", "now", "later", "earlier", "again", "then", "recently", "once", "too", "also",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last", "this", "next", "here",
        "there", "afterward", "afterwards", "previously", "separately", "repeatedly", "so", "nothing", "little",
        "something", "anything", "what", "hello", "thanks", "it",
        "otherwise", "instead", "publicly", "privately", "during", "via", "through", "under", "without", "against",
        "goodbye", "sorry",
    ]);

    /// <summary>Words that may follow "CLAUSE, X said" before the full stop: "on Friday", "in a statement", "last week".</summary>
    public static WordSet TailStarters { get; } = new(
    [
        "in", "on", "at", "during", "after", "before", "last", "this", "yesterday", "today", "tonight", "late", "early",
        "earlier", "later", "recently", "then", "again", "too", "also", "afterward", "of", "to", "via", "through", "when",
        "while", "as", "from", "with", "by", "privately", "publicly", "repeatedly", "separately", "told", "adding",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "one", "the", "a", "an",
    ], ignoreCase: true);

    /// <summary>Irregular past tenses that show a finite verb: "the campaign sought …", "… and went back to …".</summary>
    public static WordSet IrregularPastForms { get; } = new(
    [
        "told", "said", "thought", "knew", "found", "wrote", "saw", "sought", "made", "gave", "took", "held", "meant", "felt",
        "went", "sent", "won", "lost", "met", "left", "led", "began", "ran", "kept", "brought", "spent", "spoke",
    ]);

    /// <summary>Documents and talks a saying happens in: "said in a statement", "Jeb Bush in a Medium post said".</summary>
    public static WordSet OccasionNouns { get; } = new(
        ["statement", "interview", "email", "e-mail", "letter", "post", "tweet", "speech", "memo", "op-ed", "release", "filing", "essay", "column"]);

    /// <summary>Heads of "in the … poll" phrases that report a finding: "in exit polls", "in the latest Marist poll".</summary>
    public static WordSet EvidenceHeads { get; } = new(["poll", "polls", "survey", "surveys", "study", "studies", "analysis"]);

    /// <summary>Words that open an embedded question.</summary>
    public static WordSet QuestionWords { get; } = new(["whether", "if", "why", "how", "what", "when", "where", "who", "which"]);

    /// <summary>Nouns of reported speech or thought that take "that": "the claim that …", "his argument that …".</summary>
    public static WordSet ThatNouns { get; } = new(
    [
        "claim", "claims", "argument", "arguments", "assertion", "assertions", "belief", "beliefs", "view", "views", "notion",
        "idea", "suggestion", "suggestions", "allegation", "allegations", "accusation", "accusations", "report", "reports",
        "evidence", "sign", "signs", "fear", "fears", "concern", "concerns", "hope", "hopes", "warning", "warnings", "promise",
        "promises", "pledge", "insistence", "statement", "statements", "announcement", "assurance", "assurances", "charge",
        "charges", "message", "theory", "contention", "speculation", "rumor", "rumors", "rumour", "rumours", "news",
        "reminder", "admission", "acknowledgment", "acknowledgement", "prediction", "predictions", "expectation",
        "expectations", "perception", "impression", "sense", "feeling", "suspicion", "suspicions", "worry", "worries",
        "doubt", "doubts", "complaint", "complaints", "implication", "premise", "assumption", "conviction", "recognition",
        "proposition", "confidence", "insinuation", "revelation", "revelations", "finding", "findings", "conclusion",
        "estimate", "projection", "forecast", "disclosure", "declaration", "confirmation", "denial", "boast", "vow", "threat",
        "threats", "indication", "indications", "emphasis", "testimony", "stance",
        "narrative", "myth", "lie", "lies", "falsehood", "excuse", "defense", "defence", "explanation", "reassurance",
    ]);

    /// <summary>Participles that open a second reported clause inside a sentence: "…, adding that …", "…, saying …".</summary>
    public static WordSet FollowOnParticiples { get; } = new(
    [
        "adding", "saying", "noting", "arguing", "warning", "insisting", "explaining", "suggesting", "claiming", "citing",
        "calling", "stressing", "emphasizing", "acknowledging", "asserting", "telling", "writing", "predicting", "declaring",
        "promising", "urging", "contending", "charging", "accusing", "complaining", "pointing", "referring", "describing",
    ]);

    /// <summary>Words after a comma that start a clause outside the reported one: "…, which …", "…, although …".</summary>
    public static WordSet ClauseBreakers { get; } = new(
    [
        "which", "who", "whose", "where", "although", "though", "while", "whereas", "because", "including", "as", "after",
        "before", "when", "unless", "despite", "even", "especially", "particularly", "not", "then",
    ]);

    /// <summary>Words after "that" showing it opens a relative clause ("the report that was released"), not reported content.</summary>
    public static WordSet RelativeThatFollowers { get; } = new(
    [
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should", "must",
        "does", "did", "do", "came", "comes", "went", "made", "makes", "led", "leads", "became", "appeared", "appears",
        "seemed", "seems", "includes", "included", "showed", "shows", "said", "says", "emerged", "surfaced", "circulated",
    ]);

    /// <summary>Words that begin a clause's subject: pronouns, determiners, quantifiers.</summary>
    public static WordSet SubjectStarters { get; } = new(
    [
        "he", "she", "they", "it", "we", "i", "you", "there", "this", "that", "these", "those", "the", "a", "an", "his", "her",
        "their", "its", "our", "my", "your", "some", "many", "most", "no", "all", "any", "every", "each", "both", "none",
        "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "nothing", "something", "everything", "one",
        "neither", "either", "few", "several", "more", "less", "if", "when", "while", "because", "unless", "although",
        "though", "once", "after", "before", "since", "whether", "without", "even", "only", "not", "too", "so", "such",
        "those", "whoever", "whatever", "americans", "people", "voters", "democrats", "republicans",
    ]);

    /// <summary>
    /// Adverbs of degree that open a subject when a quantity follows ("nearly every conversation", "roughly half
    /// the voters", "almost 40 percent"); elsewhere an "-ly" word after the cue is an adverb of the saying.
    /// </summary>
    public static WordSet QuantityAdverbs { get; } = new(
    [
        "nearly", "almost", "roughly", "approximately", "virtually", "practically", "fully", "barely", "merely",
        "exactly", "precisely",
    ]);

    /// <summary>Numbers written as words, for shares such as "six in 10" and "one out of five".</summary>
    public static WordSet CountWords { get; } = new(
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    ]);

    /// <summary>Quantity words a degree adverb can open a subject with ("nearly every", "almost all", "roughly half").</summary>
    public static WordSet QuantityWords { get; } = new(
    [
        "every", "all", "half", "a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "each", "any", "no", "none", "everyone", "everybody", "everything", "twice", "double", "triple",
    ]);
}
