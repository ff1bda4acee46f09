using System.Net;
using System.Reflection;
using ClaimsGraph.Api.Http.Limits;
using ClaimsGraph.Api.Tests.Infrastructure;
using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Api.Tests.Limits;

/// <summary>
/// An operation that outlives GraphQL:ExecutionTimeout is cancelled and answered with TIMEOUT. The store's
/// stats call never completes on its own (it waits for cancellation), so the outcome does not depend on speed.
/// </summary>
public sealed class ExecutionTimeoutTests(ExecutionTimeoutTests.Factory factory) : IClassFixture<ExecutionTimeoutTests.Factory>
{
    public sealed class Factory : ApiFactory
    {
        public Factory()
        {
            DecorateStore = HangingStatsStore.Wrap;
        }

        protected override bool IngestSamples => false;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["GraphQL:ExecutionTimeout"] = "00:00:05" };
    }

    [Fact]
    public async Task A_hanging_operation_is_cancelled_with_TIMEOUT_not_500()
    {
        var response = await factory.CreateGraphQLClient().PostAsync("{ stats { quotes } }");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal([RequestLimitCodes.Timeout], response.ErrorCodes);
        Assert.Contains("GraphQL:ExecutionTimeout", response.Text);
        Assert.DoesNotContain("   at ", response.Text);
    }

    [Fact]
    public async Task Operations_that_finish_in_time_are_unaffected()
    {
        (await factory.CreateGraphQLClient().PostAsync("{ states(first: 1) { totalCount } }")).Ok();
    }

    /// <summary>Forwards every call except GetStatsAsync, which waits until its token is cancelled.</summary>
    public class HangingStatsStore : DispatchProxy
    {
        private IClaimsStore _inner = null!;

        public static IClaimsStore Wrap(IClaimsStore inner)
        {
            var proxy = Create<IClaimsStore, HangingStatsStore>();
            ((HangingStatsStore)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IClaimsStore.GetStatsAsync))
                return HangAsync((CancellationToken)args![0]!);
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }

        private static async Task<StoreStats> HangAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        }
    }
}
