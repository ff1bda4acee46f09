using ClaimsGraph.Domain.Store;
using ClaimsGraph.Storage.Tests.Contract;

namespace ClaimsGraph.Storage.Tests.Sqlite;

/// <summary>The store contract on the embedded SQLite store, a fresh temporary file per test.</summary>
public sealed class SqliteContractTests : ClaimsStoreContractTests, IDisposable
{
    private readonly TempSqliteStores stores = new();

    protected override async Task<IClaimsStore> CreateStoreAsync()
    {
        var store = stores.Create();
        await store.InitializeAsync();
        return store;
    }

    public void Dispose() => stores.Dispose();
}
