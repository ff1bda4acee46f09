using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimsGraph.Storage.Tests.Contract;

/// <summary>
/// A [Fact] of the store contract. It runs like any fact, except in a test class marked
/// <see cref="RequiresEnvironmentAttribute"/> whose variable is unset: there every contract test is reported
/// skipped, with the attribute's reason (xunit 2 has no dynamic skip, and the facts are inherited, so the
/// decision has to be made at discovery, per concrete class).
/// </summary>
[XunitTestCaseDiscoverer("ClaimsGraph.Storage.Tests.Contract.StoreContractFactDiscoverer", "ClaimsGraph.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreContractFactAttribute : FactAttribute;

/// <summary>The contract tests of this class need an external server, named by an environment variable.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;
}

public sealed class StoreContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var requirement = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement is not null)
        {
            var arguments = requirement.GetConstructorArguments().Cast<string>().ToArray();
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(arguments[0])))
            {
                return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, arguments[1])];
            }
        }
        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
