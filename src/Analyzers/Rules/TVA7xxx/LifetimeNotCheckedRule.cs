using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA7xxx;

/// <summary>
/// TVA7002: JWT.Net's <c>ValidateExpirationTime</c>/<c>ValidateIssuedTime</c> set to false in the production world, or
/// <c>ValidationParameters.None</c> (every check off) handed to a builder or validator.
/// </summary>
internal sealed class LifetimeNotCheckedRule
{
    private readonly WellKnownTypes _types;

    public LifetimeNotCheckedRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        var parameters = _types.JwtNet.ValidationParameters;
        dispatch.OnAssignment(parameters, "ValidateExpirationTime", AnalyzeSwitch);
        dispatch.OnAssignment(parameters, "ValidateIssuedTime", AnalyzeSwitch);
        if (parameters is not null)
        {
            dispatch.OnInvocation(_types.JwtNet.JwtBuilder, "WithValidationParameters", AnalyzeCall);
            dispatch.OnCreation(_types.JwtNet.JwtValidator, AnalyzeCreation);
        }
    }

    private void AnalyzeSwitch(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (ProductionCondition.Decide(assignment.Value, _types) == false && !EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.TVA7002, assignment.Syntax.GetLocation(), FixProperties.Remove, target.Property.Name + " is set to false"));
        }
    }

    private void AnalyzeCall(RuleContext context, IInvocationOperation call) => ReportPresets(context, call, call.Arguments);

    private void AnalyzeCreation(RuleContext context, IObjectCreationOperation creation) => ReportPresets(context, creation, creation.Arguments);

    private void ReportPresets(RuleContext context, IOperation call, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
    {
        if (EnvironmentGuards.ProductionSkips(call, _types))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (JwtNetDecoding.IsParametersPreset(argument.Value, "None", _types))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.TVA7002, argument.Value.Syntax.GetLocation(), "ValidationParameters.None turns off every check"));
            }
        }
    }
}
