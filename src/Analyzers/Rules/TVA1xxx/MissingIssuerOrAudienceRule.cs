using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA1xxx;

/// <summary>
/// TVA1009/TVA1010: issuer or audience validation is on but nothing supplies the values it compares against. Reported on a
/// <c>new TokenValidationParameters { … }</c>, on a blank value in its initializer, or on a blank value set after it.
/// </summary>
internal sealed class MissingIssuerOrAudienceRule
{
    private readonly WellKnownTypes _types;
    private readonly ValidationSource _issuer;
    private readonly ValidationSource _audience;
    private readonly ConfigurationSites _sites;

    public MissingIssuerOrAudienceRule(WellKnownTypes types, ValidValueSources validValues)
    {
        _types = types;
        _sites = new ConfigurationSites(types);
        _issuer = validValues.Issuer;
        _audience = validValues.Audience;
    }

    public void Register(OperationDispatch dispatch)
    {
        AssignmentHandler blankIssuer = (context, assignment, target)
            => AnalyzeBlankValue(context, assignment, target, _issuer, Descriptors.TVA1009);
        AssignmentHandler blankAudience = (context, assignment, target)
            => AnalyzeBlankValue(context, assignment, target, _audience, Descriptors.TVA1010);
        dispatch.OnAssignment(_issuer.Value, blankIssuer);
        dispatch.OnAssignment(_issuer.Values, blankIssuer);
        dispatch.OnAssignment(_audience.Value, blankAudience);
        dispatch.OnAssignment(_audience.Values, blankAudience);
        dispatch.OnCreation(_types.TokenValidationParameters, AnalyzeCreation);
        _sites.Register(dispatch);
    }

    private void AnalyzeCreation(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 0 || Scopes.IsMemberDefault(creation))
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(creation, new ObjectRef(creation, null), _types);
        if (configuration.Escapes || (configuration.OwnerFromOutside && configuration.OwnerSite is null))
        {
            return;
        }

        ReportMissing(context, creation, configuration, _issuer, Descriptors.TVA1009);
        ReportMissing(context, creation, configuration, _audience, Descriptors.TVA1010);
    }

    private void ReportMissing(RuleContext context, IObjectCreationOperation creation, ObjectConfiguration configuration,
        ValidationSource need, DiagnosticDescriptor descriptor)
    {
        if (!LacksValues(configuration, need))
        {
            return;
        }

        var blank = configuration.LastAssignment(need.Value) ?? configuration.LastAssignment(need.Values);
        if (blank is { } empty)
        {
            // a blank value in the initializer is reported here; one set by a later statement, by that statement's own action
            if (creation.Syntax.Span.Contains(empty.Assignment.Syntax.Span) && empty.Assignment.Syntax is AssignmentExpressionSyntax)
            {
                Report(context, configuration, Diagnostic.Create(descriptor, empty.Assignment.Syntax.GetLocation(),
                    FixProperties.ValueFromConfiguration(FixProperties.ActionReplace, need)));
            }

            return;
        }

        Report(context, configuration, Diagnostic.Create(descriptor, Locations.Creation(creation),
            FixProperties.ValueFromConfiguration(FixProperties.ActionAddMember, need)));
    }

    /// <summary><c>p.ValidIssuer = "";</c> after the creation: the last value is blank and nothing else supplies one.</summary>
    private void AnalyzeBlankValue(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target,
        ValidationSource need, DiagnosticDescriptor descriptor)
    {
        if (target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            || !(Values.IsBlankString(assignment.Value) || Values.IsEmptyCollection(assignment.Value))
            || !ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
        if (configuration.Creation is IObjectCreationOperation { Arguments.Length: 0 }
            && !configuration.Escapes
            && (!configuration.OwnerFromOutside || configuration.OwnerSite is not null)
            && SymbolEqualityComparer.Default.Equals(configuration.Creation?.Type, _types.TokenValidationParameters)
            && LacksValues(configuration, need)
            && (configuration.LastAssignment(need.Value) ?? configuration.LastAssignment(need.Values)) is { } last
            && ReferenceEquals(last.Assignment, assignment))
        {
            Report(context, configuration, Diagnostic.Create(descriptor, assignment.Syntax.GetLocation(),
                FixProperties.ValueFromConfiguration(FixProperties.ActionReplace, need)));
        }
    }

    /// <summary>Options configured at a site may get the value from another site: that is known when the compilation ends.</summary>
    private void Report(RuleContext context, ObjectConfiguration configuration, Diagnostic diagnostic)
    {
        if (configuration.OwnerSite is { } site)
        {
            _sites.Defer(site, diagnostic);
        }
        else
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>The check is on (not switched off, not set at run time) and nothing supplies the values it compares against.</summary>
    private static bool LacksValues(ObjectConfiguration configuration, ValidationSource need)
        => !(configuration.LastAssignment(need.Switch) is { } validate && !Values.IsConstant(validate.Value, expected: true))
            && !need.IsSupplied(configuration);
}
