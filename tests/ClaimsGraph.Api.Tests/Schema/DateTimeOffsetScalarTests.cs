using System.Globalization;
using ClaimsGraph.Api.GraphQL.Common;
using GraphQL.Types;

namespace ClaimsGraph.Api.Tests.Schema;

public sealed class DateTimeOffsetScalarTests
{
    public static TheoryData<string> Instants =>
    [
        "2024-04-10T21:30:00+00:00", "2024-04-10T21:30:00.5+00:00", "2024-04-10T21:30:00.1234567-07:00",
        "2024-04-10T21:30:00.0000001+09:30", "2024-04-10T21:30:00.1200000+05:45", "0001-01-01T00:00:00+00:00",
        "9999-12-31T23:59:59.9999999+12:00", "0987-06-05T04:03:02.0100000+14:00",
    ];

    [Theory]
    [MemberData(nameof(Instants))]
    public void Serializes_as_GraphQL_NET_s_own_DateTimeOffset_scalar(string text)
    {
        var instant = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(new DateTimeOffsetGraphType().Serialize(instant), new IsoDateTimeOffsetGraphType().Serialize(instant));
    }

    [Fact]
    public void Keeps_the_built_in_scalar_s_name_and_parsing()
    {
        var scalar = new IsoDateTimeOffsetGraphType();

        Assert.Equal("DateTimeOffset", scalar.Name);
        Assert.Equal(new DateTimeOffset(2024, 4, 10, 21, 30, 0, TimeSpan.Zero), scalar.ParseValue("2024-04-10T21:30:00Z"));
        Assert.Null(scalar.Serialize(null));
    }
}
