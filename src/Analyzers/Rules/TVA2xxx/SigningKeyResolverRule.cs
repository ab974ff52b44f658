using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA2xxx;

/// <summary>
/// A signing key resolver that returns the same keys whatever the token's key id and issuer (TVA2003), or that fetches
/// keys from where the unvalidated token points (TVA2004).
/// </summary>
internal sealed class SigningKeyResolverRule
{
    private readonly WellKnownTypes _types;

    public SigningKeyResolverRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var name in new[] { "IssuerSigningKeyResolver", "IssuerSigningKeyResolverUsingConfiguration" })
        {
            dispatch.OnAssignment(_types.TokenValidationParameters, name, AnalyzeAssignment);
        }
    }

    private void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (EnvironmentGuards.ProductionSkips(assignment, _types)
            || DelegateBody.From(EnvironmentGuards.ProductionValue(assignment.Value, _types))?.InProduction(_types) is not { } body
            || body.Parameters.Length < 3)
        {
            return;
        }

        if (!body.References(body.Parameters[0]) && !body.References(body.Parameters[1]) && !body.References(body.Parameters[2])
            && !ReturnsOneKey(body))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2003, assignment.Syntax.GetLocation(), target.Property.Name));
            return;
        }

        if (UnvalidatedTokenData.FindKeyFetchFromToken(body.Operations, new[] { body.Parameters[1] }, _types) is { } datum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2004, assignment.Syntax.GetLocation(), datum));
        }
    }

    /// <summary><c>new[] { key }</c>: one key for every token is what <c>IssuerSigningKey</c> does, not a cross-issuer key list.</summary>
    private static bool ReturnsOneKey(DelegateBody body)
    {
        if (!body.HasReturns)
        {
            return false;
        }

        foreach (var returned in body.ReturnedValues)
        {
            var value = Values.StripConversions(returned);
            var single = value switch
            {
                IArrayCreationOperation array => array.Initializer is { ElementValues.Length: 1 },
                IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer } => initializer.Initializers.Length == 1,
                _ => value.Syntax is CollectionExpressionSyntax { Elements.Count: 1 } collection
                    && collection.Elements[0] is ExpressionElementSyntax,
            };
            if (!single)
            {
                return false;
            }
        }

        return true;
    }
}
