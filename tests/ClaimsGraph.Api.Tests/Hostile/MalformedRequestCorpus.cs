using System.Text;
using System.Text.Json;

namespace ClaimsGraph.Api.Tests.Hostile;

/// <summary>One hostile request: what it is (for the failure message), and its method, path, body and headers.</summary>
public sealed record HostileRequest(string Kind, HttpMethod Method, string Path, byte[]? Body, string? ContentType, string? Accept = "application/graphql-response+json", string? ApiKey = null);

/// <summary>
/// Generates malformed and hostile requests from a fixed seed, so a failure reproduces: broken JSON, wrong
/// types, huge and deeply nested queries, thousands of aliases, invalid UTF-8, NUL bytes, binary bodies,
/// wrong content types, giant variables and hostile article texts.
/// </summary>
public static class MalformedRequestCorpus
{
    private const string Valid = """{"query":"query($id: ID!) { article(id: $id) { id title } stats { articles } }","variables":{"id":"article:x"}}""";

    public static IEnumerable<HostileRequest> Generate(int seed, string apiKey)
    {
        var random = new Random(seed);
        for (var round = 0; round < 60; round++)
        {
            // Truncated and mutated JSON.
            var cut = random.Next(1, Valid.Length - 1);
            yield return Json("truncated json", Valid[..cut]);
            var chars = Valid.ToCharArray();
            for (var k = 0; k < 3; k++) chars[random.Next(chars.Length)] = JsonBreakers[random.Next(JsonBreakers.Length)];
            yield return Json("mutated json", new string(chars));
            yield return Json("not json", RandomText(random, random.Next(1, 200)));

            // Wrong types in the envelope.
            foreach (var body in WrongTypes) yield return Json("wrong type", body);

            // Binary bodies under every content type, and invalid UTF-8 inside otherwise valid JSON.
            var binary = new byte[random.Next(1, 4096)];
            random.NextBytes(binary);
            foreach (var type in new[] { "application/json", "application/graphql-response+json", "application/octet-stream", null })
                yield return new HostileRequest("binary body", HttpMethod.Post, "/graphql", binary, type);
            yield return Raw("invalid utf-8", [.. "{\"query\":\"{ stats { articles } }\", \"x\":\""u8, 0xC3, 0x28, 0xFF, 0xFE, .. "\"}"u8]);
            yield return Raw("invalid utf-8 in query", [.. "{\"query\":\"{ search(text: \\\""u8, 0xED, 0xA0, 0x80, .. "\\\") { id } }\"}"u8]);
            yield return Json("nul bytes", "{\"query\":\"{ stats\\u0000 { articles } }\"}");
            yield return Json("nul bytes in variables", "{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":\"a\\u0000b\"}}");
            yield return Json("lone surrogate", "{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":\"\\ud800x\"}}");

            // Wrong content types and methods.
            foreach (var type in new[] { "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1", "garbage/" })
                yield return new HostileRequest("wrong content type", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(Valid), type);
            yield return new HostileRequest("wrong accept", HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(Valid), "application/json", "image/png");
            yield return new HostileRequest("delete", HttpMethod.Delete, "/graphql", null, null);
            yield return new HostileRequest("get mutation", HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { ingestArticle(input: {text: \"x\"}) { created } }"), null, null, ApiKey: apiKey);
            yield return new HostileRequest("get garbage", HttpMethod.Get, "/graphql?query=%FF%FE%00&variables=%7B", null, null);
            yield return new HostileRequest("get deep variables", HttpMethod.Get, "/graphql?query=%7Bstats%7Barticles%7D%7D&variables=" + Uri.EscapeDataString(new string('[', 5000)), null, null);

            // Query language abuse: syntax errors, deep nesting, unknown fields, bad arguments.
            yield return Query("syntax", RandomText(random, random.Next(1, 300)));
            yield return Query("deep selection", new string('{', 2000 + round) + new string('}', 2000 + round));
            yield return Query("deep fragments", "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
            yield return Query("deep list value", "{ search(text: " + new string('[', 3000) + new string(']', 3000) + ") { id } }");
            yield return Query("bad argument", $"{{ quotes(first: {(round % 2 == 0 ? "-5" : "100000000000")}) {{ totalCount }} }}");
            yield return Query("bad id", "{ node(id: \"" + RandomText(random, 50).Replace("\\", "").Replace("\"", "") + "\") { id } }");
            yield return Query("unknown field", "{ stats { articles nope } __schema { types { name fields { name } } } }");
            yield return Query("introspection loop", "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

            // Giant variables.
            if (round % 6 == 0)
            {
                yield return Json("giant variable string", JsonSerializer.Serialize(new { query = "query($t: String!) { search(text: $t) { score } }", variables = new { t = new string('a', 1_000_000) } }));
                yield return Json("giant variable list", JsonSerializer.Serialize(new { query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = Enumerable.Range(0, 50_000).Select(i => "person:p" + i) } }));
                yield return Json("deep variables", "{\"query\":\"{ stats { articles } }\",\"variables\":{\"a\":" + new string('[', 10_000) + new string(']', 10_000) + "}}");
                yield return Json("too large body", "{\"query\":\"{ stats { articles } }\",\"pad\":\"" + new string('p', 9 * 1024 * 1024) + "\"}");
            }

            // Thousands of aliases, and a huge query text.
            if (round % 10 == 0)
            {
                yield return Query("thousands of aliases", "{ " + string.Join(" ", Enumerable.Range(0, 5000).Select(i => $"a{i}: __typename")) + " }");
                yield return Query("aliased store reads", "{ " + string.Join(" ", Enumerable.Range(0, 2000).Select(i => $"s{i}: stats {{ articles }}")) + " }");
                yield return Query("huge query text", "{ search(text: \"" + new string('q', 1_000_000) + "\") { score } }");
                yield return Query("repeated fields", "{ stats { " + string.Join(" ", Enumerable.Repeat("articles", 2_000)) + " } }");
            }

            // Hostile article texts through the real ingest path (with a valid key).
            foreach (var text in HostileTexts(random, round))
                yield return Json("hostile article", JsonSerializer.Serialize(new { query = "mutation($a: [IngestArticleInput!]!) { ingestArticles(input: {articles: $a}) { results { outcome errorCode } } }", variables = new { a = new[] { new { text } } } }), apiKey);
            yield return Json("hostile article wrong type", "{\"query\":\"mutation($a: [IngestArticleInput!]!) { ingestArticles(input: {articles: $a}) { failed } }\",\"variables\":{\"a\":[{\"text\":42,\"publishedAt\":\"yesterday\"}]}}", apiKey);
        }
    }

    private const string JsonBreakers = "{}[]\",:\\\0x";

    private static readonly string[] WrongTypes =
    [
        "{\"query\":123}", "{\"query\":null}", "{\"query\":[\"{ stats { articles } }\"]}", "{\"query\":{}}", "[]", "[{\"query\":\"{ stats { articles } }\"}]",
        "\"{ stats { articles } }\"", "null", "42", "{}", "{\"query\":\"{ stats { articles } }\",\"variables\":\"x\"}",
        "{\"query\":\"{ stats { articles } }\",\"variables\":[1,2]}", "{\"query\":\"{ stats { articles } }\",\"operationName\":{}}",
        "{\"query\":\"{ stats { articles } }\",\"extensions\":7}", "{\"query\":\"query($n: Int!) { quotes(first: $n) { totalCount } }\",\"variables\":{\"n\":\"ten\"}}",
        "{\"query\":\"query($n: Int!) { quotes(first: $n) { totalCount } }\",\"variables\":{\"n\":1e300}}",
        "{\"query\":\"{ stats { articles } }\",\"query\":\"{ nope }\"}",
    ];

    private static IEnumerable<string> HostileTexts(Random random, int round)
    {
        yield return "Officials said \"" + new string('"', 500) + "\" " + round;
        yield return string.Concat(Enumerable.Repeat("\u202Eevil\u202C ", 200)) + "said the minister. " + round;
        yield return "He said, \u201C" + string.Concat(Enumerable.Repeat("\uD83D\uDE00 \u0301\u0301\u0301 ", 300)) + "\u201D " + round;
        yield return RandomText(random, 3000) + round;
        yield return "The president said: " + string.Concat(Enumerable.Repeat("Mr. Dr. Sen. ", 2000)) + round;
        if (round % 20 == 0) yield return new string('a', 3 * 1024 * 1024); // over Ingestion:MaxArticleBytes
    }

    private static string RandomText(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)random.Next(1, 0xD7FF);
        return new string(chars);
    }

    private static HostileRequest Query(string kind, string query) => Json(kind, JsonSerializer.Serialize(new { query }));

    private static HostileRequest Json(string kind, string body, string? apiKey = null) =>
        new(kind, HttpMethod.Post, "/graphql", Encoding.UTF8.GetBytes(body), "application/json", ApiKey: apiKey);

    private static HostileRequest Raw(string kind, byte[] body) => new(kind, HttpMethod.Post, "/graphql", body, "application/json");
}
