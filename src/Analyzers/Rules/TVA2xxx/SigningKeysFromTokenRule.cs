using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA2xxx;

/// <summary>
/// TVA2004 on <c>IssuerSigningKey(s) = …</c> in a method that only read the token: the key source came from the token.
/// Resolvers are <see cref="SigningKeyResolverRule"/>'s.
/// </summary>
internal sealed class SigningKeysFromTokenRule
{
    private readonly WellKnownTypes _types;

    public SigningKeysFromTokenRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var name in new[] { "IssuerSigningKey", "IssuerSigningKeys" })
        {
            dispatch.OnAssignment(_types.TokenValidationParameters, name, AnalyzeAssignment);
        }
    }

    private void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        var operations = new List<IOperation>();
        var readsToken = false;
        foreach (var operation in Scopes.Function(assignment).Descendants())
        {
            operations.Add(operation);
            readsToken |= UnvalidatedTokenData.IsUnvalidatedRead(operation, _types);
        }

        if (readsToken && UnvalidatedTokenData.FindKeyFetchFromToken(operations, Array.Empty<IParameterSymbol>(), _types) is { } datum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2004, assignment.Syntax.GetLocation(), datum));
        }
    }
}
