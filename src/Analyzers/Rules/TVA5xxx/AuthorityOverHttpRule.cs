using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5004: an <c>http://</c> address of a remote host in <c>Authority</c> or <c>MetadataAddress</c> of JwtBearer or OpenIdConnect
/// options, ASP.NET Core's or Katana's.
/// </summary>
internal sealed class AuthorityOverHttpRule
{
    private readonly WellKnownTypes _types;

    public AuthorityOverHttpRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var owner in new[] { _types.JwtBearerOptions, _types.OpenIdConnectOptions, _types.Katana.OpenIdConnectAuthenticationOptions,
            _types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions })
        {
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "Authority"), Analyze);
            dispatch.OnAssignment(WellKnownTypes.Property(owner, "MetadataAddress"), Analyze);
        }
    }

    /// <summary>A constant <c>http://</c> address of a remote host: what this rule reports, unless an environment guard excuses it.</summary>
    public static bool IsPlainHttpRemote(IOperation address)
        => address.ConstantValue.Value is string text && EntraAuthority.IsPlainHttpRemote(text);

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        // `env.IsDevelopment() ? "http://localhost…" : "https://…"`: the address production uses
        var production = EnvironmentGuards.ProductionValue(assignment.Value, _types);
        if (!IsPlainHttpRemote(production) || EnvironmentGuards.ProductionSkips(assignment, _types))
        {
            return;
        }

        var address = (string)production.ConstantValue.Value!;
        var properties = Values.StripConversions(production) is ILiteralOperation
            ? ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Action, FixProperties.ActionSetValue)
                .Add(FixProperties.ValueExpression, SymbolDisplay.FormatLiteral("https://" + address.Trim().Substring("http://".Length), quote: true))
            : ImmutableDictionary<string, string?>.Empty;
        var value = Values.StripConversions(production).Syntax.GetLocation();
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5004, assignment.Syntax.GetLocation(), ImmutableArray.Create(value), properties, target.Property.Name));
    }
}
