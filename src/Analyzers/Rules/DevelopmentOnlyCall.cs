using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules;

/// <summary>
/// A call meant for development only (a developer key, plain HTTP) that the production world reaches: reported on the
/// called name. The fix may wrap the call in <c>if (env.IsDevelopment())</c> only when the call is a statement of its
/// own on a builder the code names: a call at the end of a chain would take the rest of the chain out of production too.
/// </summary>
internal static class DevelopmentOnlyCall
{
    private static readonly ImmutableDictionary<string, string?> WrapInDevelopment =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionWrapInDevelopment);

    public static void Report(RuleContext context, IInvocationOperation invocation, DiagnosticDescriptor descriptor, WellKnownTypes types)
    {
        if (EnvironmentGuards.ProductionSkips(invocation, types))
        {
            return;
        }

        var properties = IsOwnStatementOnNamedBuilder(invocation) ? WrapInDevelopment : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(descriptor, Locations.CalledName(invocation), properties, invocation.TargetMethod.Name));
    }

    private static bool IsOwnStatementOnNamedBuilder(IInvocationOperation invocation)
    {
        if (invocation.Parent is not IExpressionStatementOperation)
        {
            return false;
        }

        var receiver = invocation.Instance
            ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
        while (receiver is IConversionOperation { IsImplicit: true } conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation };
    }
}
