namespace ClaimsGraph.Cli.Generation;

/// <summary>Word lists the synthetic news is drawn from. Ranks matter: earlier entries are drawn more often.</summary>
public static class NewsVocabulary
{
    /// <summary>ISO alpha-2, name, demonym; roughly in order of how often they are in international news.</summary>
    public static readonly (string Iso, string Name, string Demonym)[] States =
    [
        ("US", "United States", "American"), ("CN", "China", "Chinese"), ("RU", "Russia", "Russian"), ("UA", "Ukraine", "Ukrainian"),
        ("GB", "United Kingdom", "British"), ("IL", "Israel", "Israeli"), ("JP", "Japan", "Japanese"), ("DE", "Germany", "German"),
        ("FR", "France", "French"), ("IN", "India", "Indian"), ("IR", "Iran", "Iranian"), ("KP", "North Korea", "North Korean"),
        ("KR", "South Korea", "South Korean"), ("TW", "Taiwan", "Taiwanese"), ("TR", "Turkey", "Turkish"), ("SA", "Saudi Arabia", "Saudi"),
        ("PS", "Palestine", "Palestinian"), ("SY", "Syria", "Syrian"), ("PK", "Pakistan", "Pakistani"), ("BR", "Brazil", "Brazilian"),
        ("CA", "Canada", "Canadian"), ("AU", "Australia", "Australian"), ("IT", "Italy", "Italian"), ("MX", "Mexico", "Mexican"),
        ("EG", "Egypt", "Egyptian"), ("PL", "Poland", "Polish"), ("PH", "Philippines", "Filipino"), ("VN", "Vietnam", "Vietnamese"),
        ("AF", "Afghanistan", "Afghan"), ("IQ", "Iraq", "Iraqi"), ("ES", "Spain", "Spanish"), ("ZA", "South Africa", "South African"),
        ("NG", "Nigeria", "Nigerian"), ("ID", "Indonesia", "Indonesian"), ("QA", "Qatar", "Qatari"), ("AE", "United Arab Emirates", "Emirati"),
        ("VE", "Venezuela", "Venezuelan"), ("AR", "Argentina", "Argentine"), ("BY", "Belarus", "Belarusian"), ("HU", "Hungary", "Hungarian"),
        ("SE", "Sweden", "Swedish"), ("FI", "Finland", "Finnish"), ("NL", "Netherlands", "Dutch"), ("GR", "Greece", "Greek"),
        ("LB", "Lebanon", "Lebanese"), ("YE", "Yemen", "Yemeni"), ("SD", "Sudan", "Sudanese"), ("ET", "Ethiopia", "Ethiopian"),
        ("KE", "Kenya", "Kenyan"), ("TH", "Thailand", "Thai"), ("MY", "Malaysia", "Malaysian"), ("SG", "Singapore", "Singaporean"),
        ("CU", "Cuba", "Cuban"), ("CO", "Colombia", "Colombian"), ("CL", "Chile", "Chilean"), ("NO", "Norway", "Norwegian"),
        ("RS", "Serbia", "Serbian"), ("GE", "Georgia", "Georgian"), ("AM", "Armenia", "Armenian"), ("AZ", "Azerbaijan", "Azerbaijani"),
    ];

    public static readonly (string Name, string Kind)[] Organizations =
    [
        ("United Nations", "INTERNATIONAL"), ("NATO", "MILITARY"), ("European Union", "INTERNATIONAL"), ("White House", "GOVERNMENT"),
        ("Pentagon", "MILITARY"), ("Kremlin", "GOVERNMENT"), ("State Department", "GOVERNMENT"), ("World Health Organization", "INTERNATIONAL"),
        ("International Monetary Fund", "INTERNATIONAL"), ("World Bank", "INTERNATIONAL"), ("Hamas", "MILITARY"), ("Hezbollah", "MILITARY"),
        ("Democratic Party", "PARTY"), ("Republican Party", "PARTY"), ("Labour Party", "PARTY"), ("Conservative Party", "PARTY"),
        ("Communist Party of China", "PARTY"), ("Federal Reserve", "GOVERNMENT"), ("European Central Bank", "GOVERNMENT"), ("OPEC", "INTERNATIONAL"),
        ("African Union", "INTERNATIONAL"), ("ASEAN", "INTERNATIONAL"), ("G7", "INTERNATIONAL"), ("G20", "INTERNATIONAL"),
        ("Reuters", "MEDIA"), ("Associated Press", "MEDIA"), ("Apple", "COMPANY"), ("Microsoft", "COMPANY"), ("Gazprom", "COMPANY"), ("Huawei", "COMPANY"),
    ];

    public static readonly string[] FirstNames =
    [
        "John", "Maria", "Wei", "Olena", "Ahmed", "Yuki", "Sergei", "Fatima", "David", "Anna", "Mohammed", "Li", "James", "Elena", "Rahul",
        "Sofia", "Kenji", "Laura", "Omar", "Ingrid", "Pedro", "Aisha", "Michael", "Chen", "Hans", "Priya", "Ivan", "Nadia", "Carlos", "Mei",
        "Robert", "Leila", "Takeshi", "Emma", "Yusuf", "Katarzyna", "Daniel", "Hyun", "Lucia", "Andrei", "Sarah", "Tariq", "Paolo", "Amara",
        "Viktor", "Chloe", "Rajesh", "Irina", "Thomas", "Noura",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Wang", "Kovalenko", "Hassan", "Tanaka", "Ivanov", "Müller", "García", "Kim", "Nguyen", "Singh", "Rossi", "Dubois",
        "Novak", "Silva", "Cohen", "Yilmaz", "Park", "Sato", "Petrov", "Schmidt", "López", "Ali", "Zhang", "Kowalski", "Andersen",
        "Okafor", "Haddad", "Fernández", "Takahashi", "Volkov", "Bauer", "Martin", "Rahman", "Liu", "Costa", "Shevchenko", "Nakamura",
        "Santos", "Jansen", "Khan", "Moreau", "Popescu", "Horváth", "Suzuki", "Morales", "Ahmadi", "Larsen", "O'Brien", "Chaudhry",
    ];

    public static readonly string[] StateRoles = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Ambassador", "Spokesperson", "Finance Minister", "Senator"];

    public static readonly string[] OrganizationRoles = ["Secretary-General", "Spokesperson", "Chief Executive", "Chair", "Director", "Leader"];

    public static readonly string[] Publishers = ["Reuters", "Associated Press", "BBC News", "Al Jazeera", "The Guardian", "Kyodo News", "Deutsche Welle", "France 24", "NHK", "The Hindu"];

    public static readonly string[] EventTypes = ["VISIT", "SUMMIT", "TALKS", "SANCTIONS", "ELECTION", "ATTACK", "AGREEMENT", "EXERCISE"];

    public static readonly string[] Cues = ["said", "told reporters", "warned", "stressed", "added", "said in a statement", "wrote", "insisted"];

    public static readonly string[] Verbs = ["must respect", "will not accept", "is ready to support", "has violated", "should negotiate with", "will stand with", "is deeply concerned about", "cannot ignore", "welcomes the decision of", "rejects the claims of"];

    public static readonly string[] Topics = ["the ceasefire", "trade tariffs", "the security alliance", "energy supplies", "the sanctions regime", "regional stability", "the peace talks", "military drills", "human rights", "the grain corridor", "nuclear talks", "the border dispute", "climate targets", "debt relief", "the election results"];

    public static readonly string[] Closings = ["without delay", "in the coming weeks", "as a matter of principle", "for the sake of the region", "under international law", "before the summit", "at any cost", "step by step"];
}
