using System.Net;
using ClaimsGraph.Storage.Neo4j.Cypher;

namespace ClaimsGraph.Storage.Tests.Neo4j.Fakes;

/// <summary>
/// A fake Neo4j that recognises the store's statements: it knows which article hashes are "stored",
/// answers delete-contributions with given touched ids, can fail one named statement, and otherwise
/// answers with empty data (or <see cref="Answers"/> for reads).
/// </summary>
public sealed class ScriptedNeo4j
{
    private int _transactions;

    public ScriptedNeo4j()
    {
        Handler.Respond = (request, _) => Task.FromResult(Answer(request));
    }

    public FakeNeo4jHandler Handler { get; } = new();

    public Dictionary<string, string> StoredHashes { get; } = new(StringComparer.Ordinal);

    public List<(string FromId, string ToId)> TouchedByDelete { get; } = [];

    public string? FailingStatement { get; set; }

    /// <summary>Canned response bodies by statement name, for reads.</summary>
    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedRequest> Requests => Handler.Requests;

    public static string? NameOf(string? statement) =>
        statement is null ? null : CypherCatalog.All().FirstOrDefault(s => s.Text == statement)?.Name;

    private HttpResponseMessage Answer(RecordedRequest request)
    {
        var name = NameOf(request.Statement);
        if (request.Method == HttpMethod.Delete) return FakeNeo4jHandler.Json(HttpStatusCode.OK, """{"bookmarks":[]}""");
        if (name is not null && name == FailingStatement)
        {
            return FakeNeo4jHandler.Error(HttpStatusCode.Accepted, "Neo.ClientError.Schema.ConstraintValidationFailed", "failing on purpose");
        }
        if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            var id = $"tx-{Interlocked.Increment(ref _transactions)}";
            var data = name == WriteStatements.ContentHashes.Name ? HashRows(request) : TypedRows.Data([]);
            return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.TransactionOpened(id, data), affinity: $"aff-{id}");
        }
        if (name == WriteStatements.DeleteContributions.Name)
        {
            return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, TypedRows.Response(["fromId", "toId"],
                TouchedByDelete.Select(t => new object?[] { t.FromId, t.ToId }).ToArray()));
        }
        if (name is not null && Answers.TryGetValue(name, out var canned)) return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, canned);
        return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, FakeNeo4jHandler.EmptyData);
    }

    private string HashRows(RecordedRequest request)
    {
        var ids = request.Parameters.GetProperty("articleIds").GetProperty("_value").EnumerateArray()
            .Select(v => v.GetProperty("_value").GetString()!);
        return TypedRows.Data(["articleId", "contentHash"],
            ids.Select(id => new object?[] { id, StoredHashes.GetValueOrDefault(id) }).ToArray());
    }
}
