using System.Collections.Concurrent;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Http.PersistedOperations;

/// <summary>
/// Operations known by hash: those registered from <c>schema/operations/*.graphql</c> at start (also known
/// by file name and operation name), and those clients register at run time with Apollo's automatic
/// persisted queries (bounded, and never when only registered operations are allowed).
/// </summary>
public sealed class PersistedOperationRegistry
{
    private readonly Dictionary<string, PersistedOperation> _registered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersistedOperation> _registeredByName = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PersistedOperation> _cached = new(StringComparer.Ordinal);
    private readonly PersistedOperationsOptions _options;

    public PersistedOperationRegistry(IOptions<PersistedOperationsOptions> options, IHostEnvironment environment,
        ILogger<PersistedOperationRegistry> logger)
    {
        _options = options.Value;
        var folder = _options.Directory is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : FindOperationsFolder(environment.ContentRootPath);
        if (folder is null || !System.IO.Directory.Exists(folder))
        {
            logger.LogWarning("No persisted operations folder at {Folder} (GraphQL:PersistedOperations:Directory)", folder);
            return;
        }
        foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.graphql").Order(StringComparer.Ordinal))
            Register(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), logger);
        logger.LogInformation("Registered {Count} persisted operations from {Folder}", _registered.Count, folder);
    }

    public bool OnlyRegistered => _options.OnlyRegistered;

    public IReadOnlyCollection<PersistedOperation> Registered => _registered.Values;

    /// <summary>A registered operation by hash ("sha256:" optional), file name or operation name.</summary>
    public PersistedOperation? FindRegistered(string hashOrName) =>
        _registered.GetValueOrDefault(PersistedOperationHash.Normalize(hashOrName)) ?? _registeredByName.GetValueOrDefault(hashOrName);

    /// <summary>Registered or client-cached operation by hash.</summary>
    public PersistedOperation? FindByHash(string hash)
    {
        var key = PersistedOperationHash.Normalize(hash);
        return _registered.GetValueOrDefault(key) ?? _cached.GetValueOrDefault(key);
    }

    public bool IsRegistered(string query) => _registered.ContainsKey(PersistedOperationHash.Of(query));

    /// <summary>Remembers a client's operation under its (already verified) hash, while there is room.</summary>
    public void Cache(string hash, string query)
    {
        if (_options.OnlyRegistered || _cached.Count >= _options.MaxCachedOperations) return;
        _cached.TryAdd(hash, new PersistedOperation(hash, query, null));
    }

    private static string? FindOperationsFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "schema", "operations");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private void Register(string query, string fileName, ILogger logger)
    {
        var operation = new PersistedOperation(PersistedOperationHash.Of(query), query, fileName);
        _registered[operation.Hash] = operation;
        _registeredByName[fileName] = operation;
        try
        {
            foreach (var definition in Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>())
                if (definition.Name?.StringValue is { } name) _registeredByName.TryAdd(name, operation);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            logger.LogWarning("Persisted operation {File} does not parse: {Error}", fileName, e.Message);
        }
    }
}
