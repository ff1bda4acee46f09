using ClaimsGraph.Domain.Ids;
using ClaimsGraph.Domain.Model;

namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>
/// A curated list of organisations news quotes (governments, militaries, parties, international bodies,
/// agencies, media), each with its aliases and kind. Names are matched case-sensitively.
/// </summary>
public static class Organizations
{
    private static readonly (string Name, string Kind, string[] Aliases)[] Table =
    [
        ("White House", "GOVERNMENT", []), ("Pentagon", "MILITARY", []), ("State Department", "GOVERNMENT", ["US State Department", "U.S. State Department"]),
        ("Justice Department", "GOVERNMENT", ["Department of Justice", "DOJ"]), ("Department of Homeland Security", "GOVERNMENT", ["DHS", "Homeland Security"]),
        ("Congress", "GOVERNMENT", []), ("Senate", "GOVERNMENT", ["US Senate", "U.S. Senate"]), ("House of Representatives", "GOVERNMENT", []),
        ("Supreme Court", "GOVERNMENT", []), ("Federal Reserve", "GOVERNMENT", ["Fed"]), ("Federal Bureau of Investigation", "GOVERNMENT", ["FBI"]),
        ("Central Intelligence Agency", "GOVERNMENT", ["CIA"]), ("National Security Agency", "GOVERNMENT", ["NSA"]),
        ("Secret Service", "GOVERNMENT", []), ("NYPD", "GOVERNMENT", ["New York Police Department"]),
        ("Federal Election Commission", "GOVERNMENT", ["FEC"]), ("Commission on Presidential Debates", "INTERNATIONAL", []),
        ("Republican Party", "PARTY", ["GOP", "Republican National Committee", "RNC"]), ("Democratic Party", "PARTY", ["Democratic National Committee", "DNC"]),
        ("Libertarian Party", "PARTY", []), ("Green Party", "PARTY", []), ("Communist Party", "PARTY", ["Chinese Communist Party", "CCP"]),
        ("Liberal Democratic Party", "PARTY", ["LDP"]), ("Labour Party", "PARTY", []), ("Conservative Party", "PARTY", []),
        ("United Nations", "INTERNATIONAL", ["UN", "U.N."]), ("NATO", "INTERNATIONAL", ["North Atlantic Treaty Organization"]),
        ("European Union", "INTERNATIONAL", ["EU", "E.U."]), ("European Commission", "INTERNATIONAL", []), ("World Health Organization", "INTERNATIONAL", ["WHO"]),
        ("International Monetary Fund", "INTERNATIONAL", ["IMF"]), ("World Bank", "INTERNATIONAL", []), ("World Trade Organization", "INTERNATIONAL", ["WTO"]),
        ("ASEAN", "INTERNATIONAL", ["Association of Southeast Asian Nations"]), ("Security Council", "INTERNATIONAL", ["UN Security Council"]),
        ("G7", "INTERNATIONAL", []), ("G20", "INTERNATIONAL", []), ("African Union", "INTERNATIONAL", []), ("OPEC", "INTERNATIONAL", []),
        ("US Forces Japan", "MILITARY", ["U.S. Forces Japan"]), ("US Indo-Pacific Command", "MILITARY", ["Indo-Pacific Command", "INDOPACOM"]),
        ("Self-Defence Forces", "MILITARY", ["Japanese Self-Defence Forces", "Self-Defense Forces", "Japan Self-Defense Forces"]),
        ("People's Liberation Army", "MILITARY", ["PLA"]), ("US Army", "MILITARY", ["U.S. Army"]), ("US Navy", "MILITARY", ["U.S. Navy"]),
        ("Marine Corps", "MILITARY", []), ("Air Force", "MILITARY", []), ("Coast Guard", "MILITARY", []),
        ("Islamic State", "ARMED_GROUP", ["ISIS", "ISIL", "Daesh"]), ("Hamas", "ARMED_GROUP", []), ("Hezbollah", "ARMED_GROUP", []), ("Taliban", "ARMED_GROUP", []),
        ("al-Qaeda", "ARMED_GROUP", ["al Qaeda", "Al Qaeda"]),
        ("Reuters", "MEDIA", []), ("Associated Press", "MEDIA", ["AP"]), ("Agence France-Presse", "MEDIA", ["AFP"]), ("Bloomberg", "MEDIA", []),
        ("CNN", "MEDIA", []), ("Fox News", "MEDIA", []), ("MSNBC", "MEDIA", []), ("NBC News", "MEDIA", ["NBC"]), ("ABC News", "MEDIA", ["ABC"]),
        ("CBS News", "MEDIA", ["CBS"]), ("NPR", "MEDIA", []), ("BBC", "MEDIA", []), ("Politico", "MEDIA", ["POLITICO"]), ("Breitbart", "MEDIA", ["Breitbart News"]),
        ("New York Times", "MEDIA", ["The New York Times", "Times"]), ("Washington Post", "MEDIA", ["The Washington Post"]), ("Wall Street Journal", "MEDIA", ["WSJ"]),
        ("New York Post", "MEDIA", ["The New York Post"]), ("USA Today", "MEDIA", []), ("Los Angeles Times", "MEDIA", []), ("Huffington Post", "MEDIA", ["HuffPost"]),
        ("The Guardian", "MEDIA", []), ("Kyodo News", "MEDIA", ["Kyodo"]), ("Xinhua", "MEDIA", []), ("Politifact", "MEDIA", ["PolitiFact"]),
        ("Twitter", "COMPANY", []), ("Facebook", "COMPANY", []), ("Google", "COMPANY", []), ("Apple", "COMPANY", []), ("Microsoft", "COMPANY", []),
        ("Amazon", "COMPANY", []), ("Goldman Sachs", "COMPANY", []), ("Clinton Foundation", "NGO", []), ("Trump Organization", "COMPANY", []),
        ("Quinnipiac", "ACADEMIC", ["Quinnipiac University"]), ("Gallup", "COMPANY", []), ("Pew Research Center", "NGO", ["Pew"]),
        ("Red Cross", "NGO", []), ("Amnesty International", "NGO", []), ("Human Rights Watch", "NGO", []), ("NAACP", "NGO", []),
        ("National Rifle Association", "NGO", ["NRA"]), ("Planned Parenthood", "NGO", []), ("WikiLeaks", "MEDIA", []),
    ];

    public static PhraseMatcher<Organization> Matcher { get; } = new(
        Table.SelectMany(o =>
        {
            var org = new Organization(NodeIds.Organization(o.Name), o.Name, o.Aliases, o.Kind);
            return o.Aliases.Prepend(o.Name).Select(a => (a, org));
        }), ignoreCase: false);

    /// <summary>Head nouns that make a capitalised phrase an organisation ("Ministry of Defence", "the Foreign Ministry").</summary>
    public static WordSet OrganizationHeads { get; } = new(
    [
        "Ministry", "Department", "Agency", "Commission", "Committee", "Council", "Command", "Forces", "Army", "Navy",
        "Party", "Parliament", "Assembly", "Court", "Bank", "University", "Institute", "Foundation", "Association",
        "Corporation", "Company", "Inc", "Corp", "Group", "Office", "Bureau", "Administration", "Authority", "Police",
        "Campaign", "Union", "Organization", "Organisation", "Coalition", "Network", "Times", "Post", "Journal", "News",
        "Center", "Centre", "Service", "Guard", "Senate", "Congress", "Cabinet", "Board", "Federation", "League", "Caucus",
    ], ignoreCase: false);
}
