using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA4xxx;

/// <summary>TVA4001: <c>ClockSkew</c> is set above the limit (5 minutes unless configured).</summary>
internal sealed class ClockSkewRule
{
    public const string ClockSkewOption = "dotnet_code_quality.TVA4001.max_clock_skew";

    private static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);

    private readonly IPropertySymbol? _clockSkew;

    public ClockSkewRule(WellKnownTypes types) => _clockSkew = types.TokenValidationParametersProperty("ClockSkew");

    public void Register(OperationDispatch dispatch)
        => dispatch.OnAssignment(_clockSkew, static (context, assignment, _) => AnalyzeClockSkew(context, assignment));

    private static void AnalyzeClockSkew(RuleContext context, ISimpleAssignmentOperation assignment)
    {
        if (TimeValues.Constant(assignment.Value) is not { } skew)
        {
            return;
        }

        var limit = TimeValues.Limit(context.Options, assignment.Syntax.SyntaxTree, ClockSkewOption, DefaultClockSkew);
        if (skew <= limit)
        {
            return;
        }

        var (unit, amount) = TimeValues.Unit(limit);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, FixProperties.ActionSetValue)
            .Add(FixProperties.ValueExpression, $"global::System.TimeSpan.From{unit}({amount})");
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4001, assignment.Syntax.GetLocation(),
            ImmutableArray.Create(assignment.Value.Syntax.GetLocation()), properties,
            skew == TimeSpan.MaxValue ? "TimeSpan.MaxValue" : TimeValues.Format(skew), TimeValues.Format(limit)));
    }
}
