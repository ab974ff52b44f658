using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// TVA3004 in the other JWT libraries: jose-jwt's <c>JwsAlgorithm.none</c> (or <c>"none"</c>) passed to <c>JWT.Encode</c>/<c>Decode</c>,
/// and JWT.Net's <c>new NoneAlgorithm()</c> handed to the library (<c>WithAlgorithm</c>, <c>JwtEncoder</c>, <c>JwtDecoder</c>, a factory).
/// </summary>
internal sealed class LibraryNoneAlgorithmRule
{
    private readonly WellKnownTypes _types;

    public LibraryNoneAlgorithmRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var name in new[] { "Encode", "EncodeBytes", "Decode", "DecodeBytes", "Verify" })
        {
            dispatch.OnInvocation(_types.JoseJwt.Jwt, name, AnalyzeJoseCall);
        }

        dispatch.OnCreation(_types.JwtNet.NoneAlgorithm, AnalyzeNoneAlgorithm);
    }

    private void AnalyzeJoseCall(RuleContext context, IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit
                && argument.Parameter is { Name: "algorithm" or "alg" or "jwsAlg" }
                && IsNone(Values.StripConversions(argument.Value)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, argument.Syntax.GetLocation()));
            }
        }
    }

    private bool IsNone(IOperation value)
    {
        if (value.ConstantValue.Value is string text)
        {
            return string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase);
        }

        return _types.JoseJwt.NoneAlgorithm is { HasConstantValue: true } none
            && SymbolEqualityComparer.Default.Equals(value.Type, none.ContainingType)
            && value.ConstantValue.HasValue
            && Equals(value.ConstantValue.Value, none.ConstantValue);
    }

    /// <summary>The algorithm given to JWT.Net directly, or through a local the block hands to it.</summary>
    private void AnalyzeNoneAlgorithm(RuleContext context, IObjectCreationOperation creation)
    {
        var use = Outermost(creation);
        if (use.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } })
        {
            foreach (var operation in Scopes.Block(creation).Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && IsGivenToLibrary(Outermost(reference)))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, creation.Syntax.GetLocation()));
                    return;
                }
            }
        }
        else if (IsGivenToLibrary(use))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, creation.Syntax.GetLocation()));
        }
    }

    private bool IsGivenToLibrary(IOperation value)
    {
        var assembly = _types.JwtNet.NoneAlgorithm?.ContainingAssembly;
        var callee = value.Parent is IArgumentOperation argument
            ? argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation created => created.Constructor,
                _ => null,
            }
            : null;
        return assembly is not null && callee is not null && SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, assembly);
    }

    private static IOperation Outermost(IOperation value)
    {
        while (value.Parent is IConversionOperation or IParenthesizedOperation)
        {
            value = value.Parent;
        }

        return value;
    }
}
