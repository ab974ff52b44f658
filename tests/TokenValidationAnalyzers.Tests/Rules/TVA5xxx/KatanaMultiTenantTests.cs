using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002 on Katana (OWIN): OpenIdConnect authority, Azure AD bearer tenant, JwtFormat on a caching key provider.</summary>
public class KatanaMultiTenantTests
{
    private const string Header = """
        using System.Collections.Generic;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        using Microsoft.Owin.Security.ActiveDirectory;
        using Microsoft.Owin.Security.Jwt;
        using Microsoft.Owin.Security.OAuth;
        using Microsoft.Owin.Security.OpenIdConnect;
        using Owin;

        public class Startup
        {
            public void Configuration(IAppBuilder app)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    /// <summary>The class the Azure samples have users copy: a key provider on a metadata address.</summary>
    internal const string CachingProvider = """

        public class OpenIdConnectCachingSecurityTokenProvider : IIssuerSecurityKeyProvider
        {
            public OpenIdConnectCachingSecurityTokenProvider(string metadataEndpoint) { }
            public string Issuer => "";
            public IEnumerable<SecurityKey> SecurityKeys => new SecurityKey[0];
        }
        """;

    private static Task VerifyStartup(string body) => Verify<Katana<HostingRuleSet>>.AnalyzerAsync(Header + "\n" + body + Footer + CachingProvider);

    [Fact]
    public Task OpenIdConnectCommonAuthority_Reports() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = "https://login.microsoftonline.com/common/v2.0"|},
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = false },
                });
        """);

    [Fact]
    public Task OpenIdConnectOrganizationsMetadataAddressOnLocal_Reports() => VerifyStartup("""
                var options = new OpenIdConnectAuthenticationOptions { ClientId = "client" };
                {|TVA5002:options.MetadataAddress = "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration"|};
                app.UseOpenIdConnectAuthentication(options);
        """);

    [Fact]
    public Task OpenIdConnectWithIssuerValidatorAndSigningKeyCheck_DoesNotReport() => VerifyStartup("""
                var authority = "https://login.microsoftonline.com/common/v2.0";
                var parameters = new TokenValidationParameters { IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(authority).Validate };
                parameters.EnableAadSigningKeyIssuerValidation();
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/common/v2.0",
                    TokenValidationParameters = parameters,
                });
        """);

    [Fact]
    public Task OpenIdConnectSingleTenantAuthority_DoesNotReport() => VerifyStartup("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0",
                });
        """);

    [Theory]
    [InlineData("common")]
    [InlineData("organizations")]
    [InlineData("Consumers")]
    public Task AzureAdBearerMultiTenantTenant_Reports(string tenant) => VerifyStartup($$"""
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    {|TVA5002:Tenant = "{{tenant}}"|},
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://contoso" },
                });
        """);

    [Fact]
    public Task AzureAdBearerSingleTenant_DoesNotReport() => VerifyStartup("""
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = "contoso.onmicrosoft.com",
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://contoso" },
                });
        """);

    [Fact]
    public Task JwtFormatOnCommonCachingProviderWithIssuerOff_Reports() => VerifyStartup("""
                var parameters = new TokenValidationParameters { ValidAudience = "api://contoso", ValidateIssuer = false };
                app.UseOAuthBearerAuthentication(new OAuthBearerAuthenticationOptions
                {
                    AccessTokenFormat = new JwtFormat(parameters, new OpenIdConnectCachingSecurityTokenProvider({|TVA5002:"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"|})),
                });
        """);

    [Fact]
    public Task JwtFormatOnCommonCachingProviderWithBothChecks_DoesNotReport() => VerifyStartup("""
                var parameters = new TokenValidationParameters
                {
                    ValidAudience = "api://contoso",
                    IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common/v2.0").Validate,
                };
                parameters.EnableAadSigningKeyIssuerValidation();
                app.UseOAuthBearerAuthentication(new OAuthBearerAuthenticationOptions
                {
                    AccessTokenFormat = new JwtFormat(parameters, new OpenIdConnectCachingSecurityTokenProvider("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration")),
                });
        """);

    [Fact]
    public Task JwtBearerKeyProvidersOnCommonWithIssuerOff_Reports() => VerifyStartup("""
                app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
                {
                    AllowedAudiences = new[] { "api://contoso" },
                    IssuerSecurityKeyProviders = new IIssuerSecurityKeyProvider[]
                    {
                        new OpenIdConnectCachingSecurityTokenProvider({|TVA5002:"https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"|}),
                    },
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = false },
                });
        """);

    [Fact]
    public Task JwtBearerKeyProvidersOnSingleTenant_DoesNotReport() => VerifyStartup("""
                app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
                {
                    AllowedAudiences = new[] { "api://contoso" },
                    IssuerSecurityKeyProviders = new IIssuerSecurityKeyProvider[]
                    {
                        new OpenIdConnectCachingSecurityTokenProvider("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration"),
                    },
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = false },
                });
        """);

    [Fact]
    public Task LookAlikeProviderNotKatanas_DoesNotReport() => Verify<Katana<HostingRuleSet>>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.Owin.Security.Jwt;

        public class OpenIdConnectCachingSecurityTokenProvider
        {
            public OpenIdConnectCachingSecurityTokenProvider(string metadataEndpoint) { }
        }

        public class OpenIdConnectAuthenticationOptions
        {
            public string Authority { get; set; } = "";
            public string Tenant { get; set; } = "";
        }

        public static class Setup
        {
            public static object Configure()
            {
                _ = new OpenIdConnectAuthenticationOptions { Authority = "https://login.microsoftonline.com/common/v2.0", Tenant = "common" };
                return new OpenIdConnectCachingSecurityTokenProvider("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");
            }
        }
        """);
}
