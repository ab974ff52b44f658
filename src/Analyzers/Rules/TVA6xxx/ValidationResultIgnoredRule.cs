using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// TVA6001: <c>ValidateTokenAsync</c> (and <c>JsonWebTokenHandler.ValidateToken</c>) reports failure in <c>IsValid</c> instead of throwing. Its result must not be
/// discarded, and its identity, claims or token must not be used before <c>IsValid</c> (or <c>Exception</c>) is read
/// in the same method. Handing the whole result to a caller is fine.
/// </summary>
internal sealed class ValidationResultIgnoredRule
{
    private const string Discarded = "discarded";
    private const string Unchecked = "used before IsValid is checked";

    private readonly WellKnownTypes _types;

    public ValidationResultIgnoredRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var handler in _types.TokenHandlerTypes)
        {
            dispatch.OnInvocation(handler, "ValidateTokenAsync", Analyze);
        }

        dispatch.OnInvocation(_types.JsonWebTokenHandler, "ValidateToken", AnalyzeSynchronous);
    }

    /// <summary>Only the overload that returns a <c>TokenValidationResult</c>; the others return a principal and throw on failure.</summary>
    private void AnalyzeSynchronous(RuleContext context, IInvocationOperation invocation)
    {
        if (_types.TokenValidationResult is { } result && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ReturnType, result))
        {
            Analyze(context, invocation);
        }
    }

    private static void Analyze(RuleContext context, IInvocationOperation invocation)
    {
        var result = Unwrap(invocation);
        switch (result.Parent)
        {
            case IExpressionStatementOperation { IsImplicit: false }:
            case ISimpleAssignmentOperation { Target: IDiscardOperation, Parent: IExpressionStatementOperation { IsImplicit: false } }:
                Report(context, invocation, result, Discarded, FreeName(result));
                return;
            case IExpressionStatementOperation:
            case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                // an expression-bodied lambda's result: there is no statement of its own to store it from
                Report(context, invocation, result, Discarded, variable: null);
                return;
            case IPropertyReferenceOperation member when IsTrusting(member.Property.Name):
                Report(context, invocation, result, Unchecked, variable: null);
                return;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                AnalyzeLocal(context, invocation, result, declarator.Symbol);
                return;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local }:
                AnalyzeLocal(context, invocation, result, local.Local);
                return;
        }
    }

    /// <summary>Steps out of <c>await</c>, <c>.ConfigureAwait(…)</c>, <c>.Result</c> and <c>.GetAwaiter().GetResult()</c>.</summary>
    private static IOperation Unwrap(IInvocationOperation invocation)
    {
        IOperation current = invocation;
        while (true)
        {
            switch (current.Parent)
            {
                case IAwaitOperation awaited:
                    current = awaited;
                    break;
                case IConversionOperation conversion:
                    current = conversion;
                    break;
                case IPropertyReferenceOperation { Property.Name: "Result" } result when ReferenceEquals(result.Instance, current):
                    current = result;
                    break;
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "GetAwaiter" or "GetResult" } call when ReferenceEquals(call.Instance, current):
                    current = call;
                    break;
                default:
                    return current;
            }
        }
    }

    private static void AnalyzeLocal(RuleContext context, IInvocationOperation invocation, IOperation result, ILocalSymbol local)
    {
        var root = Scopes.Block(invocation);

        var firstCheck = int.MaxValue;
        var firstTrust = int.MaxValue;
        var read = false;
        var start = result.Syntax.SpanStart;
        foreach (var operation in root.Descendants())
        {
            if (operation is not ILocalReferenceOperation reference
                || !SymbolEqualityComparer.Default.Equals(reference.Local, local)
                || reference.Syntax.SpanStart < start)
            {
                continue;
            }

            read = true;
            var position = reference.Syntax.SpanStart;
            switch (reference.Parent)
            {
                case IPropertyReferenceOperation { Property.Name: "IsValid" or "Exception" }:
                case IIsPatternOperation pattern when TestsIsValid(pattern.Pattern):
                case ISwitchExpressionOperation switchExpression when TestsIsValid(switchExpression):
                    firstCheck = position < firstCheck ? position : firstCheck;
                    break;
                case IPropertyReferenceOperation member when IsTrusting(member.Property.Name):
                    firstTrust = position < firstTrust ? position : firstTrust;
                    break;
            }
        }

        if (!read)
        {
            Report(context, invocation, result, Discarded, local.Name);
        }
        else if (firstTrust != int.MaxValue && firstCheck > firstTrust)
        {
            Report(context, invocation, result, Unchecked, local.Name);
        }
    }

    /// <summary><c>result is { IsValid: true }</c> tests the result; <c>result is not null</c> does not.</summary>
    private static bool TestsIsValid(IOperation pattern)
    {
        foreach (var operation in pattern.DescendantsAndSelf())
        {
            if (operation is IPropertySubpatternOperation { Member: IPropertyReferenceOperation { Property.Name: "IsValid" or "Exception" } })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrusting(string member)
        => member is "ClaimsIdentity" or "Claims" or "SecurityToken" or "TokenOnFailedValidation";

    /// <param name="variable">The local holding the result after the fix (an existing one, or a free name for a discarded result); null when the fix cannot write the check.</param>
    private static void Report(RuleContext context, IInvocationOperation invocation, IOperation result, string what, string? variable)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (variable is not null && IsValidationResult(result.Type))
        {
            properties = properties
                .Add(FixProperties.ResultVariable, variable)
                .Add(FixProperties.ResultIsDiscarded, result.Parent is IExpressionStatementOperation or ISimpleAssignmentOperation { Target: IDiscardOperation } ? "true" : "false");
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6001, Locations.CalledName(invocation), properties, what));
    }

    /// <summary>Only an awaited (or <c>.Result</c>) <c>TokenValidationResult</c> can be tested by the fix.</summary>
    private static bool IsValidationResult(ITypeSymbol? type)
        => type is { Name: "TokenValidationResult", ContainingNamespace: { Name: "Tokens", ContainingNamespace.Name: "IdentityModel" } };

    private static string? FreeName(IOperation result)
    {
        if (result.SemanticModel is not { } model)
        {
            return null;
        }

        var name = "result";
        for (var i = 1; !model.LookupSymbols(result.Syntax.SpanStart, name: name).IsEmpty; i++)
        {
            name = i == 1 ? "validationResult" : "validationResult" + i;
        }

        return name;
    }
}
