using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>TVA5001: <c>RequireHttpsMetadata = false</c> on JwtBearer or OpenIdConnect options, ASP.NET Core's or Katana's (where the member exists).</summary>
internal sealed class MetadataOverHttpRule
{
    private readonly WellKnownTypes _types;

    public MetadataOverHttpRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnAssignment(WellKnownTypes.Property(_types.JwtBearerOptions, "RequireHttpsMetadata"), Analyze);
        dispatch.OnAssignment(WellKnownTypes.Property(_types.OpenIdConnectOptions, "RequireHttpsMetadata"), Analyze);
        foreach (var katanaOptions in _types.Katana.ValidatingOptions)
        {
            dispatch.OnAssignment(WellKnownTypes.Property(katanaOptions, "RequireHttpsMetadata"), Analyze);
        }
    }

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (ProductionCondition.Decide(assignment.Value, _types) == false && !EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5001, assignment.Syntax.GetLocation(), FixProperties.Remove));
        }
    }
}
