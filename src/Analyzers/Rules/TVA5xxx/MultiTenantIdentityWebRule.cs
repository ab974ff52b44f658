using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on Identity.Web: <c>AddMicrosoftIdentityWebApp</c> with a multi-tenant TenantId in its section (it does not add
/// the signing-key check); <c>AddMicrosoftIdentityWebApi</c> (which does) only when its options switch issuer validation off.
/// </summary>
internal sealed class MultiTenantIdentityWebRule
{
    private static readonly ImmutableDictionary<string, string?> RemoveSwitchOff
        = ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemoveAssignmentAt);

    private readonly WellKnownTypes _types;
    private readonly LazyAppSettings _settings;
    private readonly IPropertySymbol? _validateIssuer;
    private readonly IdentityWebAppSigningKeyCheck _signingKeyCheck;

    public MultiTenantIdentityWebRule(WellKnownTypes types, LazyAppSettings settings)
    {
        _types = types;
        _settings = settings;
        _validateIssuer = types.TokenValidationParametersProperty("ValidateIssuer");
        _signingKeyCheck = new IdentityWebAppSigningKeyCheck(types);
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnInvocation(_types.IdentityWebAppExtensions, "AddMicrosoftIdentityWebApp", AnalyzeWebApp);
        dispatch.OnInvocation(_types.IdentityWebApiExtensions, "AddMicrosoftIdentityWebApi", AnalyzeWebApi);
        dispatch.OnInvocation(_types.IdentityWebAppServiceExtensions, "AddMicrosoftIdentityWebAppAuthentication", AnalyzeWebApp);
    }

    private void AnalyzeWebApp(RuleContext context, IInvocationOperation invocation)
    {
        if (ReadsMultiTenantEntraSection(invocation, context.CancellationToken) && !_signingKeyCheck.EnabledInSameMethod(invocation))
        {
            Report(context, invocation, _signingKeyCheck.Fix(invocation));
        }
    }

    private void AnalyzeWebApi(RuleContext context, IInvocationOperation invocation)
    {
        if (ReadsMultiTenantEntraSection(invocation, context.CancellationToken) && IssuerValidationSwitchOff(invocation) is { } switchOff)
        {
            // Identity.Web validates the issuer and binds signing keys to it unless the switch turns that off: removing it is the fix
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5002, Locations.CalledName(invocation), new[] { switchOff.Syntax.GetLocation() },
                RemoveSwitchOff, invocation.TargetMethod.Name));
        }
    }

    private static void Report(RuleContext context, IInvocationOperation invocation, ImmutableDictionary<string, string?> fix)
        => context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5002, Locations.CalledName(invocation), fix, invocation.TargetMethod.Name));

    /// <summary>The Identity.Web registration reads a section whose <c>TenantId</c> is <c>common</c>/<c>organizations</c>/<c>consumers</c> (also for TVA6004).</summary>
    internal bool ReadsMultiTenantEntraSection(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (SectionOf(invocation) is not { } section)
        {
            return false;
        }

        var settings = _settings.Get(cancellationToken);
        var multiTenant = false;
        foreach (var tenant in settings.Find(KeyMaterial.Join(section, "TenantId")!))
        {
            multiTenant |= EntraAuthority.IsMultiTenantTenant(tenant.Value);
        }

        var instance = settings.FindNonEmpty(KeyMaterial.Join(section, "Instance")!)?.Value;
        return multiTenant && EntraAuthority.IsEntraInstance(instance);
    }

    /// <summary>The configuration section Identity.Web reads: <c>GetSection("AzureAd")</c>, or the configuration plus <c>configSectionName</c> (default AzureAd).</summary>
    private string? SectionOf(IInvocationOperation invocation)
    {
        string? section = null;
        string? sectionName = "AzureAd";
        foreach (var argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "configurationSection":
                    section = KeyMaterial.SectionPath(argument.Value, _types);
                    sectionName = null;
                    break;
                case "configuration":
                    section = KeyMaterial.SectionPath(argument.Value, _types);
                    break;
                case "configSectionName":
                    sectionName = argument.Value.ConstantValue.Value as string;
                    break;
            }
        }

        if (section is null && sectionName == "AzureAd" && BoundSection(invocation) is { } bound)
        {
            // AddMicrosoftIdentityWebApi(jwt => …, identity => configuration.Bind("AzureAd", identity))
            return bound;
        }

        return sectionName is null ? section : KeyMaterial.Join(section, sectionName);
    }

    /// <summary>The section a lambda argument binds its options from: <c>configuration.Bind("AzureAd", options)</c>.</summary>
    private string? BoundSection(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Values.StripConversions(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                continue;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "Bind" } bind && bind.Arguments.Length >= 2)
                {
                    var receiver = bind.Arguments[0].Value;
                    var name = bind.Arguments[1].Value.ConstantValue.Value as string;
                    if (name is not null && KeyMaterial.SectionPath(receiver, _types) is { } root)
                    {
                        return KeyMaterial.Join(root, name);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The <c>ValidateIssuer = false</c> the JwtBearer options lambda given to AddMicrosoftIdentityWebApi sets, if any.</summary>
    private ISimpleAssignmentOperation? IssuerValidationSwitchOff(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Values.StripConversions(argument.Value) is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                continue;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && SymbolEqualityComparer.Default.Equals(property.Property, _validateIssuer)
                    && ProductionCondition.Decide(assignment.Value, _types) == false
                    && !EnvironmentGuards.ProductionSkips(assignment, _types))
                {
                    return assignment;
                }
            }
        }

        return null;
    }
}
