using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5002 on Katana's <c>new JwtFormat(parameters, provider)</c> whose key provider (an application's
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
        }
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

        var configuration = ObjectConfiguration.Collect(format, reference, _types, atEnd: true);
        var weak = _check.SwitchOff(configuration) is not null
            || (configuration.Creation is not null && !configuration.OwnerFromOutside
                && _check.HasIssuerValidator(configuration) && !_check.ChecksSigningKey(configuration));
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
