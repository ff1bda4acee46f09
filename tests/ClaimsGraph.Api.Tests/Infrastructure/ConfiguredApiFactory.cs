namespace ClaimsGraph.Api.Tests.Infrastructure;

/// <summary>An <see cref="ApiFactory"/> with extra settings, without the samples unless asked (faster start).</summary>
public class ConfiguredApiFactory(IDictionary<string, string?> settings, bool ingestSamples = false) : ApiFactory
{
    protected override IDictionary<string, string?> Settings => settings;

    protected override bool IngestSamples => ingestSamples;
}
