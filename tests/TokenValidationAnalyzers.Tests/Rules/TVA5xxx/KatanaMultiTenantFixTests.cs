using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>The TVA5002 fix in an OWIN <c>Startup.Configuration(IAppBuilder app)</c>, in the shapes the Azure samples use.</summary>
public class KatanaMultiTenantFixTests
{
    private const string Header = """
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        using Microsoft.Owin.Security.ActiveDirectory;
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

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyFix(string body, string fixedBody)
        => Verify<Katana<HostingRuleSet>, HostingCodeFixProvider>.CodeFixAsync(Wrap(body), Wrap(fixedBody));

    [Fact]
    public Task OpenIdConnectInline_Fix_IntroducesLocalAndAddsChecks() => VerifyFix("""
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = "https://login.microsoftonline.com/common/v2.0"|},
                    TokenValidationParameters = new TokenValidationParameters { ValidateIssuer = false, NameClaimType = "name" },
                });
        """, """
                var options = new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/common/v2.0",
                    TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" },
                };
                options.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(options.Authority).Validate;
                options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseOpenIdConnectAuthentication(options);
        """);

    [Fact]
    public Task InlineRegistrationAfterACommentedBlock_Fix_KeepsTheCommentOnceAboveTheNewLocal() => VerifyFix("""
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions { Tenant = "contoso.onmicrosoft.com" });

                // Sign-in for the admin pages.
                app.UseOpenIdConnectAuthentication(new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = "https://login.microsoftonline.com/common/v2.0"|},
                });
        """, """
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions { Tenant = "contoso.onmicrosoft.com" });

                // Sign-in for the admin pages.
                var options = new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/common/v2.0",
                };
                options.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(options.Authority).Validate;
                options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseOpenIdConnectAuthentication(options);
        """);

    [Fact]
    public Task AzureAdBearerTenantInline_Fix_IntroducesLocalAndAddsChecks() => VerifyFix("""
                var options = "unrelated";
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    {|TVA5002:Tenant = "common"|},
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = options },
                });
        """, """
                var options = "unrelated";
                var authenticationOptions = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = "common",
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = options },
                };
                authenticationOptions.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common").Validate;
                authenticationOptions.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(authenticationOptions);
        """);

    [Fact]
    public Task OpenIdConnectLocal_Fix_ConfiguresLocal() => VerifyFix("""
                var oidc = new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    {|TVA5002:Authority = "https://login.microsoftonline.com/organizations/v2.0"|},
                };
                app.UseOpenIdConnectAuthentication(oidc);
        """, """
                var oidc = new OpenIdConnectAuthenticationOptions
                {
                    ClientId = "client",
                    Authority = "https://login.microsoftonline.com/organizations/v2.0",
                };
                oidc.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(oidc.Authority).Validate;
                oidc.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseOpenIdConnectAuthentication(oidc);
        """);

    [Fact]
    public Task LocalFollowedByOtherRegistrations_Fix_ConfiguresItJustBeforeItsRegistration() => VerifyFix("""
                var bearer = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    {|TVA5002:Tenant = "organizations"|},
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://contoso" },
                };
                bearer.TokenValidationParameters.NameClaimType = "name";
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(bearer);

                var other = new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0" };
                app.UseOpenIdConnectAuthentication(other);
        """, """
                var bearer = new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = "organizations",
                    TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://contoso" },
                };
                bearer.TokenValidationParameters.NameClaimType = "name";
                bearer.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/organizations").Validate;
                bearer.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(bearer);

                var other = new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0" };
                app.UseOpenIdConnectAuthentication(other);
        """);

    [Fact]
    public Task OpenIdConnectMetadataAddressStatement_Fix_AddsChecks() => VerifyFix("""
                var oidc = new OpenIdConnectAuthenticationOptions { ClientId = "client" };
                {|TVA5002:oidc.MetadataAddress = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"|};
                app.UseOpenIdConnectAuthentication(oidc);
        """, """
                var oidc = new OpenIdConnectAuthenticationOptions { ClientId = "client" };
                oidc.MetadataAddress = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
                app.UseOpenIdConnectAuthentication(oidc);
                oidc.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common/v2.0").Validate;
                oidc.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
        """);
}
