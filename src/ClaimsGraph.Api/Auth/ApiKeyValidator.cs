using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Auth;

/// <summary>
/// Knows the accepted API keys, only as SHA-256 hashes. With none configured it makes one random key for
/// this process and logs it once, so a fresh clone can try mutations without configuration yet is never
/// open to anyone. A malformed hash in configuration is a startup error, not a silently dead key.
/// </summary>
public sealed class ApiKeyValidator
{
    private readonly (string Name, byte[] Hash)[] _keys;

    public ApiKeyValidator(IOptions<ApiKeyOptions> options, ILogger<ApiKeyValidator> logger)
    {
        var keys = new List<(string, byte[])>();
        var plain = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        for (var i = 0; i < plain.Count; i++)
            keys.Add(($"apikeys-{i}", SHA256.HashData(Encoding.UTF8.GetBytes(plain[i].Trim()))));
        for (var i = 0; i < options.Value.Keys.Length; i++)
        {
            var named = options.Value.Keys[i];
            if (string.IsNullOrWhiteSpace(named.Hash)) continue;
            var hash = ApiKeyHash.Parse(named.Hash)
                ?? throw new InvalidOperationException($"Auth:Keys:{i}:Hash must be 64 hex digits (the SHA-256 of the key).");
            keys.Add((string.IsNullOrWhiteSpace(named.Name) ? $"keys-{i}" : named.Name.Trim(), hash));
        }

        if (keys.Count == 0)
        {
            var generated = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            keys.Add(("generated", SHA256.HashData(Encoding.UTF8.GetBytes(generated))));
            logger.LogWarning(
                "No Auth:Keys or Auth:ApiKeys configured; mutations accept this key generated for this run only: {ApiKey}", generated);
        }
        _keys = keys.ToArray();
        RequireKeyForReads = options.Value.RequireKeyForReads;
    }

    public bool RequireKeyForReads { get; }

    public bool IsValid(string? key) => NameOf(key) is not null;

    /// <summary>The configured name of the key, or null when the key is missing or not accepted.</summary>
    public string? NameOf(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return null;
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));
        string? name = null;
        // Compare against every hash in constant time so timing does not reveal which key was close.
        foreach (var (keyName, hash) in _keys)
            if (CryptographicOperations.FixedTimeEquals(hash, given)) name ??= keyName;
        return name;
    }
}
