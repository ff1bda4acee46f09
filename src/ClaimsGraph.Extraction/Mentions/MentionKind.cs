namespace ClaimsGraph.Extraction.Mentions;

public enum MentionKind : byte
{
    Person,
    State,
    Organization,
}
