using System.Text.Json;
using ClaimsGraph.Extraction.Contract;

namespace ClaimsGraph.Extraction.Tests;

/// <summary>The JSON of `claimsgraph extract` has the shape docs/ARCHITECTURE.md shows.</summary>
public class ContractTests
{
    [Fact]
    public void Seed_article_json_has_quotes_entities_and_events_with_offsets_into_the_text()
    {
        var json = ExtractionJson.Serialize(SeedArticle.Text, SeedArticle.Result, "seed");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("seed", root.GetProperty("id").GetString());
        var quote = root.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("text").GetString() == "We are literally in the first chapter writing a new era.");
        var start = quote.GetProperty("start").GetInt32();
        Assert.Equal(quote.GetProperty("text").GetString(), SeedArticle.Text[start..quote.GetProperty("end").GetInt32()]);
        Assert.Equal("DIRECT", quote.GetProperty("kind").GetString());
        var speaker = quote.GetProperty("speaker");
        Assert.Equal("person:rahm-emanuel", speaker.GetProperty("id").GetString());
        Assert.Equal("Rahm Emanuel", speaker.GetProperty("name").GetString());
        Assert.Equal("the ambassador", speaker.GetProperty("mention").GetProperty("text").GetString());
        Assert.Equal("told", quote.GetProperty("cue").GetProperty("text").GetString());
        Assert.True(quote.GetProperty("confidence").GetDouble() > 0);
        var jp = root.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "state:JP");
        Assert.Equal("State", jp.GetProperty("type").GetString());
        Assert.Equal("Japan", jp.GetProperty("name").GetString());
        var m = jp.GetProperty("mentions")[0];
        Assert.Equal("Japan", SeedArticle.Text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
        Assert.Contains(root.GetProperty("events").EnumerateArray(), e => e.GetProperty("type").GetString() == "VISIT" && e.GetProperty("participants").GetArrayLength() > 0);
    }

    [Fact]
    public void Anonymous_speakers_have_null_id_and_name()
    {
        var json = ExtractionJson.Serialize(SeedArticle.Text, SeedArticle.Result);
        using var doc = JsonDocument.Parse(json);
        var anonymous = doc.RootElement.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("kind").GetString() == "INDIRECT" && q.GetProperty("speaker").GetProperty("id").ValueKind == JsonValueKind.Null
                       && q.GetProperty("speaker").TryGetProperty("description", out var d) && d.GetString() == "sources close to the matter");
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("speaker").GetProperty("name").ValueKind);
    }

    [Fact]
    public void A_quote_in_pieces_lists_them_and_its_start_and_end_are_the_first()
    {
        const string text = "\u201cWe are ready,\u201d President Ana Silva said. \u201cThe vote is tomorrow.\u201d";
        var json = ExtractionJson.Serialize(text, QuoteTestHelpers.Extractor.Extract(text));
        using var doc = JsonDocument.Parse(json);
        var quote = Assert.Single(doc.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("We are ready,", text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);
        Assert.Equal(["We are ready,", "The vote is tomorrow."],
            quote.GetProperty("pieces").EnumerateArray().Select(p => text[p.GetProperty("start").GetInt32()..p.GetProperty("end").GetInt32()]));
        Assert.Equal("We are ready, The vote is tomorrow.", quote.GetProperty("text").GetString());
    }

    [Fact]
    public void A_quote_in_one_piece_has_no_pieces()
    {
        const string text = "\u201cWe are ready,\u201d President Ana Silva said.";
        using var doc = JsonDocument.Parse(ExtractionJson.Serialize(text, QuoteTestHelpers.Extractor.Extract(text)));
        Assert.False(Assert.Single(doc.RootElement.GetProperty("quotes").EnumerateArray()).TryGetProperty("pieces", out _));
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": \"Hi.\", \"publishedAt\": \"2024-04-05T00:00:00Z\"}", true)]
    [InlineData("{\"id\": 7, \"text\": \"Hi.\"}", true)]
    [InlineData("{\"id\": \"a\"}", false)]
    [InlineData("[1, 2]", false)]
    [InlineData("{not json", false)]
    public void Jsonl_lines_parse_or_give_a_clear_error(string line, bool ok)
    {
        Assert.Equal(ok, JsonlInput.TryParse(line, out var input, out var error));
        if (ok) Assert.Equal("Hi.", input.Text); else Assert.NotEmpty(error);
    }
}
