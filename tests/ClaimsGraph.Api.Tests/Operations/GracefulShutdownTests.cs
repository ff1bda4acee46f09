using System.Net;
using System.Reflection;
using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Graph;
using ClaimsGraph.Domain.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimsGraph.Api.Tests.Operations;

/// <summary>A server told to stop while an ingest is writing finishes that ingest and answers it: nothing is lost.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stopping_the_server_mid_ingest_finishes_the_write_and_answers_the_client()
    {
        var gate = GatedWriteStore.NewGate();
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" })
        {
            DecorateStore = inner => GatedWriteStore.Wrap(inner, gate),
        };
        factory.UseKestrel(0);
        factory.StartServer();
        using var http = factory.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(2);
        var client = new GraphQLClient(http);

        var text = $"The minister said, \"The bridge will reopen in May.\" Shutdown {Guid.NewGuid():N}.";
        var sending = client.PostAsync(
            "mutation($t: String!) { ingestArticles(input: {articles: [{text: $t}]}) { created results { outcome article { id } } } }",
            new { t = text }, ApiFactory.ApiKey);

        await gate.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await Task.Delay(300); // the host is now stopping with the write still held open
        gate.Release.TrySetResult();

        var response = await sending;
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var payload = response.Ok()["ingestArticles"]!;
        Assert.Equal(1, payload["created"]!.GetValue<int>());
        var articleId = payload["results"]![0]!["article"]!["id"]!.GetValue<string>();

        // The host is gone by now; the file itself must hold the article.
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", articleId);
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }

    /// <summary>Holds every article write until released, and says when the first one began.</summary>
    public class GatedWriteStore : DispatchProxy
    {
        public sealed record Gate(TaskCompletionSource WriteStarted, TaskCompletionSource Release);

        private IClaimsStore _inner = null!;
        private Gate _gate = null!;

        public static Gate NewGate() =>
            new(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
                new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        public static IClaimsStore Wrap(IClaimsStore inner, Gate gate)
        {
            var proxy = Create<IClaimsStore, GatedWriteStore>();
            var gated = (GatedWriteStore)(object)proxy;
            gated._inner = inner;
            gated._gate = gate;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IClaimsStore.UpsertArticlesAsync))
                return HeldAsync(() => _inner.UpsertArticlesAsync((IReadOnlyList<ArticleGraph>)args![0]!, (CancellationToken)args[1]!));
            if (targetMethod.Name == nameof(IClaimsStore.UpsertArticleAsync))
                return HeldAsync(() => _inner.UpsertArticleAsync((ArticleGraph)args![0]!, (CancellationToken)args[1]!));
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        private async Task<T> HeldAsync<T>(Func<Task<T>> write)
        {
            _gate.WriteStarted.TrySetResult();
            await _gate.Release.Task;
            return await write();
        }
    }
}
