using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA2xxx;

/// <summary>TVA2002: a signature validator that returns a token parsed from its input and never verifies, throws or calls out.</summary>
internal sealed class SignatureValidationBypassRule
{
    private readonly WellKnownTypes _types;

    public SignatureValidationBypassRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var name in new[] { "SignatureValidator", "SignatureValidatorUsingConfiguration" })
        {
            dispatch.OnAssignment(_types.TokenValidationParameters, name, AnalyzeAssignment);
        }
    }

    private void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (EnvironmentGuards.IsGuarded(assignment, _types)
            || DelegateBody.From(EnvironmentGuards.ProductionValue(assignment.Value, _types))?.InProduction(_types) is not { } body)
        {
            return;
        }

        if (ReturnsUnverifiedParse(body))
        {
            context.ReportDiagnostic(
                Diagnostic.Create(Descriptors.TVA2002, assignment.Syntax.GetLocation(), FixProperties.Remove, target.Property.Name));
        }
    }

    private bool ReturnsUnverifiedParse(DelegateBody body)
    {
        var returnsParse = false;
        foreach (var returned in body.ReturnedValues)
        {
            returnsParse |= IsParse(returned, body);
        }

        if (!returnsParse)
        {
            return false;
        }

        foreach (var operation in body.Operations)
        {
            switch (operation)
            {
                case IThrowOperation:
                    return false;
                case IInvocationOperation invocation when Verifies(invocation.TargetMethod.Name):
                    return false;
                case IExpressionStatementOperation statement
                    when statement.Operation is IInvocationOperation call && !_types.IsLoggingCall(call.TargetMethod, call.Instance):
                    return false;
            }
        }

        return true;
    }

    private bool IsParse(IOperation returned, DelegateBody body)
    {
        var value = Values.StripConversions(returned);
        if (value is ILocalReferenceOperation local)
        {
            foreach (var operation in body.Operations)
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                {
                    return UnvalidatedTokenData.IsUnvalidatedRead(initial, _types);
                }
            }

            return false;
        }

        return UnvalidatedTokenData.IsUnvalidatedRead(value, _types);
    }

    private static bool Verifies(string methodName)
        => methodName.IndexOf("Validat", StringComparison.Ordinal) >= 0 || methodName.IndexOf("Verif", StringComparison.Ordinal) >= 0;
}
