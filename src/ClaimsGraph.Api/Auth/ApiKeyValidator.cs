using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ClaimsGraph.Api.Auth;

/// <summary>
/// Knows the accepted API keys. With none configured it makes one random key for this process and logs it
/// once, so a fresh clone can try mutations without configuration yet is never open to anyone.
/// </summary>
public sealed class ApiKeyValidator
{
    private readonly byte[][] _keys;

    public ApiKeyValidator(IOptions<ApiKeyOptions> options, ILogger<ApiKeyValidator> logger)
    {
        var configured = options.Value.ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k)).ToList();
        if (configured.Count == 0)
        {
            var generated = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            configured.Add(generated);
            logger.LogWarning(
                "No Auth:ApiKeys configured; mutations accept this key generated for this run only: {ApiKey}", generated);
        }
        _keys = configured.Select(k => Encoding.UTF8.GetBytes(k.Trim())).ToArray();
    }

    public bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key)) return false;
        var given = Encoding.UTF8.GetBytes(key.Trim());
        var valid = false;
        // Compare against every key in constant time so timing does not reveal which prefix matched.
        foreach (var k in _keys) valid |= CryptographicOperations.FixedTimeEquals(k, given);
        return valid;
    }
}
