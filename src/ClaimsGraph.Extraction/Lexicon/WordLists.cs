namespace ClaimsGraph.Extraction.Lexicon;

/// <summary>Closed word classes the recognisers need: pronouns, anonymous-source nouns, capitalised non-names.</summary>
public static class WordLists
{
    public static WordSet MalePronouns { get; } = new(["he", "him", "his", "himself"]);

    public static WordSet FemalePronouns { get; } = new(["she", "her", "hers", "herself"]);

    public static WordSet PluralPronouns { get; } = new(["they", "them", "their", "we", "us"]);

    public static WordSet FirstPerson { get; } = new(["I", "me", "my", "we", "us", "our"]);

    /// <summary>Heads of source descriptions that name nobody: "sources close to the matter", "officials said".</summary>
    public static WordSet AnonymousHeads { get; } = new(
    [
        "source", "sources", "official", "officials", "aide", "aides", "people", "person", "persons", "analysts", "analyst",
        "experts", "expert", "critics", "observers", "insiders", "insider", "diplomats", "diplomat", "witnesses", "witness",
        "residents", "supporters", "opponents", "spokesman", "spokeswoman", "spokesperson", "staffers", "staffer", "advisers",
        "advisors", "officers", "authorities", "lawmakers", "voters", "reports", "report", "polls", "poll", "survey", "someone",
        "strategists", "allies", "members", "leaders", "scientists", "economists", "researchers", "investigators", "prosecutors",
        "documents", "statement", "study", "data", "figures", "emails", "memo", "others", "many", "some", "friends", "colleagues",
    ]);

    /// <summary>Capitalised words that never start or make up a person's name.</summary>
    public static WordSet NotNameWords { get; } = new(
    [
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "When", "While", "After", "Before", "This", "That",
        "These", "Those", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Its", "There",
        "Here", "What", "Who", "Why", "How", "Where", "As", "For", "From", "With", "By", "To", "Of", "Not", "No", "Yes", "So",
        "Then", "Also", "Still", "Yet", "Just", "Even", "Now", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP", "Speaking", "Without", "According",
        "Other", "Others", "Another", "Several", "Nearly", "Latest",
        "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should",
        "Currently", "Apart", "Concerns", "Many", "Some", "All", "Every", "Each", "Both", "Most", "More", "Only", "One",
        "Two", "Three", "First", "Last", "Next", "New", "Old", "Mr", "Mrs", "Ms", "Dr", "Follow", "Read", "Leave",
        "Denial", "Share", "Click", "Sign", "Watch", "Video", "Photo", "Image", "Getty", "AP", "Reuters", "Breaking", "Update",
        "Senate", "House", "Congress", "Court", "Supreme", "President", "Minister", "Prime", "Vice", "Secretary", "Ambassador",
        "Governor", "Senator", "Sen", "Rep", "Gov", "Gen", "Chief", "Director", "Former", "Presidential", "Mayor", "Judge",
        "Daily", "News", "Times", "Post", "Journal", "Street", "Avenue", "Road", "University", "College", "School", "Center",
        "Party", "Department", "Ministry", "Agency", "Committee", "Commission", "Council", "Command", "Forces", "Army", "Navy",
        "Air", "Force", "Sea", "Strait", "Island", "Islands", "East", "West", "North", "South", "Central", "Western", "Eastern",
        "Northern", "Southern", "Pacific", "Atlantic", "Indo", "Asian", "European", "African", "Latin", "Middle", "Federal",
        "National", "International", "Global", "World", "Union", "United", "Nations", "State", "States", "City", "County",
        "Election", "Day", "Night", "Twitter", "Facebook", "Instagram", "YouTube", "Internet", "Christmas", "Easter", "God",
        "Obamacare", "Medicare", "Medicaid", "Brexit", "Ebola", "Zika", "COVID", "Covid", "Please", "Thank", "Thanks",
        "Well", "Oh", "Okay", "OK", "Yeah", "Look", "Listen", "Let", "Let's", "Maybe", "Perhaps", "However", "Meanwhile",
        "Although", "Though", "Because", "Since", "Until", "Unless", "During", "Despite", "Among", "Between", "Under", "Over",
        "About", "Against", "Through", "Into", "Like", "Unlike", "Including", "Asked", "Said", "Says", "Told", "Amid", "Amidst",
    ], ignoreCase: false);
}
