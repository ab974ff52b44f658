using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on Katana's <c>new JwtFormat(parameters, provider)</c> and <c>JwtBearerAuthenticationOptions.IssuerSecurityKeyProviders</c>
/// whose key provider (an application's
/// <c>IIssuerSecurityKeyProvider</c> such as the Azure samples' <c>OpenIdConnectCachingSecurityTokenProvider</c>) is created on a
/// multi-tenant Entra ID metadata address, while the parameters switch issuer validation off, or set an issuer validator
/// without <c>EnableAadSigningKeyIssuerValidation()</c>. Reported on the address.
/// </summary>
internal sealed class KatanaKeyProviderMultiTenantRule
{
    private readonly WellKnownTypes _types;
    private readonly AadValidationCheck _check;

    public KatanaKeyProviderMultiTenantRule(WellKnownTypes types, AadValidationCheck check)
    {
        _types = types;
        _check = check;
    }

    public void Register(OperationDispatch dispatch)
    {
        if (_types.Katana.IIssuerSecurityKeyProvider is not null)
        {
            dispatch.OnCreation(_types.Katana.JwtFormat, Analyze);
            dispatch.OnAssignment(WellKnownTypes.Property(_types.Katana.JwtBearerAuthenticationOptions, "IssuerSecurityKeyProviders"), AnalyzeProviders);
        }
    }

    /// <summary><c>IssuerSecurityKeyProviders = new[] { new CachingProvider(address) }</c>: the options' parameters are judged.</summary>
    private void AnalyzeProviders(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        IOperation? address = null;
        foreach (var operation in assignment.Value.DescendantsAndSelf())
        {
            if (operation is IObjectCreationOperation provider && WellKnownTypes.Implements(provider.Type, _types.Katana.IIssuerSecurityKeyProvider))
            {
                address ??= MultiTenantAddress(provider);
            }
        }

        if (address is null || EnvironmentGuards.ProductionSkips(assignment, _types)
            || !ObjectRef.TryResolve(target.Instance, _types, out var options) || options.Member is not null
            || WellKnownTypes.Property(target.Property.ContainingType, "TokenValidationParameters") is not { } parametersProperty)
        {
            return;
        }

        Judge(context, ObjectConfiguration.Collect(assignment, new ObjectRef(options.Root, parametersProperty), _types, atEnd: true), address);
    }

    private void Analyze(RuleContext context, IObjectCreationOperation format)
    {
        IOperation? parameters = null;
        IOperation? address = null;
        foreach (var argument in format.Arguments)
        {
            if (_types.IsTokenValidationParameters(argument.Parameter?.Type))
            {
                parameters = argument.Value;
            }
            else if (Values.StripConversions(argument.Value) is IObjectCreationOperation provider
                && WellKnownTypes.Implements(provider.Type, _types.Katana.IIssuerSecurityKeyProvider))
            {
                address = MultiTenantAddress(provider);
            }
        }

        // without parameters JwtFormat accepts only the provider's own issuer, which for a shared endpoint matches no token
        if (parameters is null || address is null || EnvironmentGuards.ProductionSkips(format, _types)
            || !ObjectRef.TryResolve(parameters, _types, out var reference))
        {
            return;
        }

        Judge(context, ObjectConfiguration.Collect(format, reference, _types, atEnd: true), address);
    }

    /// <summary>
    /// Issuer validation switched off, or a validator without the signing-key check on parameters configured here. Without
    /// either, the parameters accept only the provider's own issuer, which for a shared endpoint matches no token.
    /// </summary>
    private void Judge(RuleContext context, ObjectConfiguration parameters, IOperation address)
    {
        var weak = _check.SwitchOff(parameters) is not null
            || (parameters.Creation is not null && !parameters.OwnerFromOutside
                && _check.HasIssuerValidator(parameters) && !_check.ChecksSigningKey(parameters));
        if (weak)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5002, address.Syntax.GetLocation(), "The metadata address"));
        }
    }

    private IOperation? MultiTenantAddress(IObjectCreationOperation provider)
    {
        foreach (var argument in provider.Arguments)
        {
            var value = EnvironmentGuards.ProductionValue(argument.Value, _types);
            if (value.ConstantValue.Value is string text && EntraAuthority.IsMultiTenant(text))
            {
                return Values.StripConversions(argument.Value);
            }
        }

        return null;
    }
}
