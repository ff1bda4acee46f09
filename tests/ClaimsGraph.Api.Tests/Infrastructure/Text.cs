namespace ClaimsGraph.Api.Tests.Infrastructure;

public static class Text
{
    /// <summary>Plain apostrophes and dashes, single spaces: compares quotes regardless of typography.</summary>
    public static string Plain(string? value) =>
        string.Join(' ', (value ?? "").Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u2013', '-').Replace('\u2014', '-')
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
