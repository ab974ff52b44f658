using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// TVA3002: key material read from configuration or the environment falls back to a literal —
/// <c>config["Jwt:Key"] ?? "…"</c>, <c>GetValue&lt;string&gt;("Jwt:Key", "…")</c>, <c>if (key is null) key = "…";</c> — and a key in the same block is built from it.
/// Reported where the fallback is written.
/// </summary>
internal sealed class HardcodedFallbackKeyRule
{
    private readonly WellKnownTypes _types;
    private readonly KeyCreations _keyCreations;

    public HardcodedFallbackKeyRule(WellKnownTypes types, KeyCreations keyCreations)
    {
        _types = types;
        _keyCreations = keyCreations;
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnCoalesce(AnalyzeCoalesce);
        dispatch.OnInvocation(_types.ConfigurationBinder, "GetValue", AnalyzeGetValue);
        dispatch.OnConstantToLocal(AnalyzeConstantToLocal);
    }

    /// <summary><c>if (key is null) key = "…";</c> after <c>var key = config["Jwt:Key"];</c>: the literal replaces a missing value.</summary>
    private void AnalyzeConstantToLocal(RuleContext context, ISimpleAssignmentOperation assignment, ILocalReferenceOperation target)
    {
        if (assignment.Value.ConstantValue.Value is string && LocalValues.ReplacesMissingValue(assignment.Value, target.Local))
        {
            ReportIfKeyMaterial(context, assignment.Value);
        }
    }

    private void AnalyzeCoalesce(RuleContext context, ICoalesceOperation coalesce)
    {
        // the block walk below runs only for a literal fallback on a configuration or environment read (the one shape
        // key tracing calls a fallback), not for every `x ?? "…"` of an application
        if ((!coalesce.WhenNull.ConstantValue.HasValue && Values.StripConversions(coalesce.WhenNull) is not (IUtf8StringOperation or IArrayCreationOperation))
            || KeyMaterial.Trace(coalesce.Value, _types).Origin is not (KeyOrigin.Configuration or KeyOrigin.Environment))
        {
            return;
        }

        ReportIfKeyMaterial(context, coalesce.WhenNull);
    }

    /// <summary>The default argument of <c>GetValue&lt;string&gt;("Jwt:Key", "…")</c>.</summary>
    private void AnalyzeGetValue(RuleContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length >= 3 && invocation.Arguments[2].ArgumentKind == ArgumentKind.Explicit)
        {
            ReportIfKeyMaterial(context, invocation.Arguments[2].Value);
        }
    }

    private void ReportIfKeyMaterial(RuleContext context, IOperation fallback)
    {
        var keys = new List<IOperation>();
        foreach (var operation in Scopes.Block(fallback).Descendants())
        {
            keys.Clear();
            _keyCreations.AddKeyArguments(operation, keys);
            foreach (var argument in keys)
            {
                if (KeyMaterial.Trace(argument, _types) is not { Fallback: { } traced } material || !ReferenceEquals(traced, fallback))
                {
                    continue;
                }

                var source = material.Origin == KeyOrigin.Environment
                    ? $"environment variable '{material.EnvironmentVariable}'"
                    : $"configuration key '{material.ConfigurationKey}'";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3002, fallback.Syntax.GetLocation(), HardcodedKeyFix.FallbackProperties(fallback, material), source));
                return;
            }
        }
    }
}
