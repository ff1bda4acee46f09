using System.Collections.Concurrent;
using System.Reflection;
using ClaimsGraph.Domain.Store;

namespace ClaimsGraph.Api.Tests.Infrastructure;

/// <summary>An IClaimsStore decorator (a DispatchProxy) that counts calls per method and forwards them to the real store.</summary>
public class CountingStore : DispatchProxy
{
    private IClaimsStore _inner = null!;

    public ConcurrentDictionary<string, int> Calls { get; } = new();

    public bool Counting { get; set; }

    public int Total => Calls.Values.Sum();

    public static (IClaimsStore Store, CountingStore Counter) Wrap(IClaimsStore inner)
    {
        var proxy = Create<IClaimsStore, CountingStore>();
        var counter = (CountingStore)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (Counting) Calls.AddOrUpdate(targetMethod!.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod!.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
