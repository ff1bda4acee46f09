namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>The decoded <c>data</c> of a Query API response: field names and one record per row.</summary>
public sealed class Neo4jResult(IReadOnlyList<string> fields, IReadOnlyList<Neo4jRecord> records, IReadOnlyList<string> bookmarks)
{
    public static readonly Neo4jResult Empty = new([], [], []);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<Neo4jRecord> Records { get; } = records;

    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    /// <summary>The only record, or a clear error: for statements that aggregate to exactly one row.</summary>
    public Neo4jRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected exactly one record from Neo4j, got {Records.Count}.");
}

/// <summary>One result row; values are the decoded typed JSON (see <see cref="Neo4jTypedJson.ReadValue"/>).</summary>
public sealed class Neo4jRecord(IReadOnlyDictionary<string, int> fieldIndex, IReadOnlyList<object?> values)
{
    public object? this[string field] => fieldIndex.TryGetValue(field, out var i)
        ? values[i]
        : throw new KeyNotFoundException($"The Neo4j result has no field '{field}'.");

    public string String(string field) => Neo4jValue.AsString(this[field]) ?? throw NullField(field);

    public string? NullableString(string field) => Neo4jValue.AsString(this[field]);

    public int Int(string field) => Neo4jValue.AsInt(this[field] ?? throw NullField(field));

    public double Double(string field) => Neo4jValue.AsDouble(this[field] ?? throw NullField(field));

    public IReadOnlyDictionary<string, object?> Map(string field) => Neo4jValue.AsMap(this[field] ?? throw NullField(field));

    public IReadOnlyList<object?> List(string field) => Neo4jValue.AsList(this[field]);

    private static InvalidOperationException NullField(string field) => new($"Neo4j returned null for non-null field '{field}'.");
}
