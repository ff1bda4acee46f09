using GraphQL.Types;
using GraphQLParser.AST;

namespace ClaimsGraph.Api.Execution;

/// <summary>An argument of a planned field whose value uses a variable, with the definition that coerces it.</summary>
public sealed record PlanArgument(QueryArgument Definition, GraphQLArgument Ast);
