namespace ClaimsGraph.Api.Http.Limits;

/// <summary>The <c>extensions.code</c> values of limit and persisted-operation refusals (listed in docs/api.md).</summary>
public static class RequestLimitCodes
{
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooCostly = "QUERY_TOO_COSTLY";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string VariablesTooLarge = "VARIABLES_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string OperationNotRegistered = "OPERATION_NOT_REGISTERED";
}
