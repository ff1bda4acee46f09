namespace ClaimsGraph.Storage.Neo4j.Client;

/// <summary>A Neo4j status code and message from the <c>errors</c> array of a Query API response.</summary>
public abstract class Neo4jException(string code, string message)
    : Exception($"{code}: {message}")
{
    /// <summary>The full Neo4j status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public string Code { get; } = code;

    public string ServerMessage { get; } = message;

    /// <summary>Maps a status code to its class: Neo.ClientError.*, Neo.TransientError.*, Neo.DatabaseError.*.</summary>
    public static Neo4jException FromCode(string code, string message) =>
        code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ? new Neo4jTransientErrorException(code, message)
        : code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) ? new Neo4jDatabaseErrorException(code, message)
        : new Neo4jClientErrorException(code, message);
}

/// <summary>The request was wrong (syntax, constraint violated, unknown transaction …): retrying will not help.</summary>
public sealed class Neo4jClientErrorException(string code, string message) : Neo4jException(code, message);

/// <summary>The server could not do it now (deadlock, leader switch, out of memory …): retrying may help.</summary>
public sealed class Neo4jTransientErrorException(string code, string message) : Neo4jException(code, message);

/// <summary>The server failed internally.</summary>
public sealed class Neo4jDatabaseErrorException(string code, string message) : Neo4jException(code, message);
