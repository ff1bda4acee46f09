namespace ClaimsGraph.Domain.Store;

/// <summary>
/// The store could not be reached or refused us (down, wrong password, timed out). The API maps it to
/// the STORE_UNAVAILABLE error code; its message is safe to show to a client.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
