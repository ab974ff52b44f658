using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// What supplies the valid issuers (or audiences) that a switched-on check compares against: the values on
/// <c>TokenValidationParameters</c>, a validator delegate, a configuration manager, or the options holding it
/// (<c>Authority</c>, <c>MetadataAddress</c>, <c>Audience</c>, <c>ClientId</c>…; Katana's <c>Tenant</c>, key providers,
/// <c>AllowedAudiences</c>, and an <c>AccessTokenFormat</c>, which brings its own issuers and audiences).
/// </summary>
internal sealed class ValidationSource
{
    private readonly IPropertySymbol?[] _suppliers;
    private readonly IPropertySymbol?[] _ownerSuppliers;

    private ValidationSource(IPropertySymbol? @switch, IPropertySymbol? value, IPropertySymbol? values,
        string member, string configurationKey, string environmentVariable, IPropertySymbol?[] suppliers, IPropertySymbol?[] ownerSuppliers)
    {
        Switch = @switch;
        Value = value;
        Values = values;
        Member = member;
        ConfigurationKey = configurationKey;
        EnvironmentVariable = environmentVariable;
        _suppliers = suppliers;
        _ownerSuppliers = ownerSuppliers;
    }

    /// <summary><c>ValidateIssuer</c> or <c>ValidateAudience</c>.</summary>
    public IPropertySymbol? Switch { get; }

    /// <summary><c>ValidIssuer</c> or <c>ValidAudience</c>.</summary>
    public IPropertySymbol? Value { get; }

    /// <summary><c>ValidIssuers</c> or <c>ValidAudiences</c>.</summary>
    public IPropertySymbol? Values { get; }

    /// <summary>The member a fix writes (<c>ValidIssuer</c>), and where it reads it from.</summary>
    public string Member { get; }

    public string ConfigurationKey { get; }

    public string EnvironmentVariable { get; }

    public static ValidationSource Issuer(WellKnownTypes types) => new(
        types.TokenValidationParametersProperty("ValidateIssuer"), types.TokenValidationParametersProperty("ValidIssuer"),
        types.TokenValidationParametersProperty("ValidIssuers"), "ValidIssuer", "Jwt:Issuer", "JWT_ISSUER",
        new[]
        {
            types.TokenValidationParametersProperty("IssuerValidator"), types.TokenValidationParametersProperty("IssuerValidatorUsingConfiguration"),
            types.TokenValidationParametersProperty("ConfigurationManager"),
        },
        new[]
        {
            Options(types.JwtBearerOptions, "Authority"), Options(types.JwtBearerOptions, "MetadataAddress"),
            Options(types.JwtBearerOptions, "Configuration"), Options(types.JwtBearerOptions, "ConfigurationManager"),
            Options(types.OpenIdConnectOptions, "Authority"), Options(types.OpenIdConnectOptions, "MetadataAddress"),
            Options(types.OpenIdConnectOptions, "Configuration"), Options(types.OpenIdConnectOptions, "ConfigurationManager"),
            Options(types.Katana.OpenIdConnectAuthenticationOptions, "Authority"), Options(types.Katana.OpenIdConnectAuthenticationOptions, "MetadataAddress"),
            Options(types.Katana.OpenIdConnectAuthenticationOptions, "Configuration"),
            Options(types.Katana.OpenIdConnectAuthenticationOptions, "ConfigurationManager"),
            Options(types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "Tenant"),
            Options(types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "MetadataAddress"),
            Options(types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "AccessTokenFormat"),
            Options(types.Katana.JwtBearerAuthenticationOptions, "IssuerSecurityKeyProviders"),
        });

    public static ValidationSource Audience(WellKnownTypes types) => new(
        types.TokenValidationParametersProperty("ValidateAudience"), types.TokenValidationParametersProperty("ValidAudience"),
        types.TokenValidationParametersProperty("ValidAudiences"), "ValidAudience", "Jwt:Audience", "JWT_AUDIENCE",
        new[] { types.TokenValidationParametersProperty("AudienceValidator") },
        new[]
        {
            Options(types.JwtBearerOptions, "Audience"), Options(types.OpenIdConnectOptions, "ClientId"),
            Options(types.Katana.JwtBearerAuthenticationOptions, "AllowedAudiences"),
            Options(types.Katana.OpenIdConnectAuthenticationOptions, "ClientId"),
            Options(types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "Audience"),
            Options(types.Katana.WindowsAzureActiveDirectoryBearerAuthenticationOptions, "AccessTokenFormat"),
        });

    /// <summary>Something on the object or its options supplies the value; <paramref name="ignoring"/> is left out (a delegate about to be removed).</summary>
    public bool IsSupplied(ObjectConfiguration configuration, IPropertySymbol? ignoring = null)
    {
        if (configuration.LastAssignment(Value) is { } single
            && !Model.Values.IsBlankString(single.Value) && !Model.Values.IsConstantNull(single.Value))
        {
            return true;
        }

        if (configuration.LastAssignment(Values) is { } many
            && !Model.Values.IsEmptyCollection(many.Value) && !Model.Values.IsConstantNull(many.Value))
        {
            return true;
        }

        foreach (var supplier in _suppliers)
        {
            if (!SymbolEqualityComparer.Default.Equals(supplier, ignoring) && configuration.Sets(supplier))
            {
                return true;
            }
        }

        foreach (var supplier in _ownerSuppliers)
        {
            if (configuration.OwnerSets(supplier))
            {
                return true;
            }
        }

        return false;
    }

    private static IPropertySymbol? Options(INamedTypeSymbol? options, string name) => WellKnownTypes.Property(options, name);
}
