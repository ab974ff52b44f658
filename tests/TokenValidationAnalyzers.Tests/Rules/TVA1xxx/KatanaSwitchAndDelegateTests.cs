using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>The switch (TVA1001–TVA1006) and delegate (TVA2xxx) rules inside Katana options' <c>TokenValidationParameters</c>.</summary>
public class KatanaSwitchAndDelegateTests
{
    private const string Header = """
        using System.IdentityModel.Tokens.Jwt;
        using Microsoft.IdentityModel.Tokens;
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

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    [Fact]
    public Task NestedInitializerSwitches_Report() => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync(Wrap("""
                app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
                {
                    AllowedAudiences = new[] { "api://contoso" },
                    IssuerSecurityKeyProviders = new IIssuerSecurityKeyProvider[0],
                    TokenValidationParameters =
                    {
                        {|TVA1001:ValidateIssuer = false|},
                        {|TVA1002:ValidateAudience = false|},
                        {|TVA1003:ValidateLifetime = false|},
                        {|TVA1004:RequireSignedTokens = false|},
                        {|TVA1005:RequireExpirationTime = false|},
                        {|TVA1006:RequireAudience = false|},
                    },
                });
        """));

    [Fact]
    public Task MemberChainSwitches_Report() => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync(Wrap("""
                var options = new OpenIdConnectAuthenticationOptions { ClientId = "client", Authority = "https://sts.contoso.test/" };
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
                {|TVA1003:options.TokenValidationParameters.ValidateLifetime = false|};
                app.UseOpenIdConnectAuthentication(options);
        """));

    [Fact]
    public Task DelegatesInAzureAdBearerParameters_Report() => Verify<Katana<DelegateRuleSet>>.AnalyzerAsync(Wrap("""
                app.UseWindowsAzureActiveDirectoryBearerAuthentication(new WindowsAzureActiveDirectoryBearerAuthenticationOptions
                {
                    Tenant = "contoso.onmicrosoft.com",
                    TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://contoso",
                        {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
                        {|TVA2002:SignatureValidator = (token, parameters) => new JwtSecurityToken(token)|},
                    },
                });
        """));

    [Fact]
    public Task JwtFormatValidateIssuerFalse_Reports() => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync(Wrap("""
                var parameters = new TokenValidationParameters { ValidAudience = "api://contoso", ValidIssuer = "https://sts.contoso.test/" };
                app.UseOAuthBearerAuthentication(new OAuthBearerAuthenticationOptions
                {
                    AccessTokenFormat = new JwtFormat(parameters) { {|TVA1001:ValidateIssuer = false|} },
                });
        """));

    [Fact]
    public Task JwtFormatValidateIssuerFalseWithIssuerValidator_DoesNotReport() => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync(Wrap("""
                var parameters = new TokenValidationParameters
                {
                    ValidAudience = "api://contoso",
                    IssuerValidator = (issuer, token, p) => issuer == "https://sts.contoso.test/" ? issuer : throw new SecurityTokenInvalidIssuerException(),
                };
                var format = new JwtFormat(parameters);
                format.ValidateIssuer = false;
                app.UseOAuthBearerAuthentication(new OAuthBearerAuthenticationOptions { AccessTokenFormat = format });
        """));

    [Fact]
    public Task JwtFormatValidateIssuerFalse_Fix_RemovesAssignment() => Verify<Katana<ValidationSwitchRuleSet>, ValidationSwitchCodeFixProvider>.CodeFixAsync(Wrap("""
                var parameters = new TokenValidationParameters { ValidAudience = "api://contoso", ValidIssuer = "https://sts.contoso.test/" };
                var format = new JwtFormat(parameters);
                {|TVA1001:format.ValidateIssuer = false|};
                app.UseOAuthBearerAuthentication(new OAuthBearerAuthenticationOptions { AccessTokenFormat = format });
        """), Wrap("""
                var parameters = new TokenValidationParameters { ValidAudience = "api://contoso", ValidIssuer = "https://sts.contoso.test/" };
                var format = new JwtFormat(parameters);
                app.UseOAuthBearerAuthentication(new OAuthBearerAuthenticationOptions { AccessTokenFormat = format });
        """));

    [Fact]
    public Task LookAlikeJwtBearerAuthenticationOptions_DoNotReport() => Verify<Katana<ValidationSwitchRuleSet>>.AnalyzerAsync("""
        namespace Contoso.Security
        {
            public class JwtSettings
            {
                public bool ValidateIssuer { get; set; }
                public bool ValidateLifetime { get; set; }
            }

            public class JwtFormat
            {
                public bool ValidateIssuer { get; set; }
            }

            public class JwtBearerAuthenticationOptions
            {
                public JwtSettings TokenValidationParameters { get; } = new();
                public bool RequireHttpsMetadata { get; set; }
            }

            public static class Setup
            {
                public static JwtBearerAuthenticationOptions Configure()
                {
                    var options = new JwtBearerAuthenticationOptions { TokenValidationParameters = { ValidateIssuer = false } };
                    options.TokenValidationParameters.ValidateLifetime = false;
                    _ = new JwtFormat { ValidateIssuer = false };
                    return options;
                }
            }
        }
        """);
}
