using ClaimsGraph.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddClaimsGraphApi();

var app = builder.Build();
app.MapClaimsGraphApi();
app.Run();
