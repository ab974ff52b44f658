using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>TVA5006: <c>AppContext.SetSwitch("Switch.Microsoft.IdentityModel.…", true)</c> for a switch that relaxes a check.</summary>
internal sealed class SafetySwitchOffRule
{
    private const string IdentityModelSwitchPrefix = "Switch.Microsoft.IdentityModel.";

    private static readonly string[] RelaxingWords = { "Unsafe", "Relax", "DontFail", "DoNotFail", "Skip", "Disable", "Bypass", "AllowUnsigned", "Insecure" };

    private static readonly ImmutableDictionary<string, string?> RemoveStatement =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemoveStatement);

    private readonly WellKnownTypes _types;

    public SafetySwitchOffRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch) => dispatch.OnInvocation(_types.AppContext, "SetSwitch", Analyze);

    private void Analyze(RuleContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length != 2
            || invocation.Arguments[0].Value.ConstantValue.Value is not string name
            || !Values.IsConstant(invocation.Arguments[1].Value, expected: true)
            || !IsRelaxingSwitch(name)
            || EnvironmentGuards.ProductionSkips(invocation, _types))
        {
            return;
        }

        var properties = invocation.Parent is IExpressionStatementOperation ? RemoveStatement : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5006, Locations.CalledName(invocation), properties, name));
    }

    /// <summary>An IdentityModel switch whose name says it relaxes a check (<c>DontFailOnMissingTid…</c>, <c>UnsafeRelaxHmacKeySizeValidation</c>).</summary>
    private static bool IsRelaxingSwitch(string name)
    {
        if (!name.StartsWith(IdentityModelSwitchPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var word in RelaxingWords)
        {
            if (name.IndexOf(word, IdentityModelSwitchPrefix.Length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
