using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001 on Katana's <c>SymmetricKeyIssuerSecurityKeyProvider</c> and keys decoded with <c>TextEncodings.Base64Url.Decode</c>.</summary>
public class KatanaKeyTests
{
    private const string Header = """
        using System.Configuration;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.Owin.Security.DataHandler.Encoder;
        using Microsoft.Owin.Security.Jwt;
        using Owin;

        public class Startup
        {
            private const string Issuer = "https://sts.contoso.test/";

            public void Configuration(IAppBuilder app)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyStartup(string body) => Verify<Katana<KeyMaterialRuleSet>>.AnalyzerAsync(Wrap(body));

    [Fact]
    public Task ProviderWithBase64Literal_Reports() => VerifyStartup("""
                app.UseJwtBearerAuthentication(new JwtBearerAuthenticationOptions
                {
                    AllowedAudiences = new[] { "api://contoso" },
                    IssuerSecurityKeyProviders = new IIssuerSecurityKeyProvider[]
                    {
                        {|TVA3001:new SymmetricKeyIssuerSecurityKeyProvider(Issuer, "c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g=")|},
                    },
                });
        """);

    [Fact]
    public Task ProviderWithDecodedBase64UrlLiteral_Reports() => VerifyStartup("""
                var key = TextEncodings.Base64Url.Decode("c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g");
                var provider = {|TVA3001:new SymmetricKeyIssuerSecurityKeyProvider(Issuer, key)|};
        """);

    [Fact]
    public Task ProviderWithLiteralInKeyList_Reports() => VerifyStartup("""
                var provider = {|TVA3001:new SymmetricKeyIssuerSecurityKeyProvider(Issuer, new[] { ConfigurationManager.AppSettings["jwt:key"]!, "b2xkLWtleS1zdGlsbC1hY2NlcHRlZC1kdXJpbmctcm9sbG92ZXI=" })|};
        """);

    [Fact]
    public Task SymmetricSecurityKeyFromDecodedLiteral_Reports() => VerifyStartup("""
                var parameters = new TokenValidationParameters
                {
                    IssuerSigningKey = {|TVA3001:new SymmetricSecurityKey(TextEncodings.Base64Url.Decode("c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g"))|},
                };
        """);

    [Fact]
    public Task ProviderWithKeyFromAppSettings_DoesNotReport() => VerifyStartup("""
                var provider = new SymmetricKeyIssuerSecurityKeyProvider(Issuer, TextEncodings.Base64Url.Decode(ConfigurationManager.AppSettings["jwt:key"]!));
                var other = new SymmetricKeyIssuerSecurityKeyProvider(Issuer, ConfigurationManager.AppSettings["jwt:key"]!);
        """);

    [Fact]
    public Task LookAlikeProviderAndEncoder_DoNotReport() => Verify<Katana<KeyMaterialRuleSet>>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;

        namespace Contoso.Security
        {
            public sealed class SymmetricKeyIssuerSecurityKeyProvider
            {
                public SymmetricKeyIssuerSecurityKeyProvider(string issuer, string base64Key) { }
            }

            public static class TextEncodings
            {
                public static Encoder Base64Url { get; } = new();
            }

            public sealed class Encoder
            {
                public byte[] Decode(string text) => System.Convert.FromBase64String(System.Environment.GetEnvironmentVariable(text)!);
            }

            public static class Setup
            {
                public static object[] Configure() => new object[]
                {
                    new SymmetricKeyIssuerSecurityKeyProvider("issuer", "c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g="),
                    new SymmetricSecurityKey(TextEncodings.Base64Url.Decode("JWT_KEY")),
                };
            }
        }
        """);

    [Fact]
    public Task ProviderWithBase64Literal_Fix_ReadsKeyAndCompiles() => Verify<Katana<KeyMaterialRuleSet>, KeyMaterialCodeFixProvider>.CodeFixAsync(Wrap("""
                var provider = {|TVA3001:new SymmetricKeyIssuerSecurityKeyProvider(Issuer, "c2VjcmV0LXNpZ25pbmcta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2g=")|};
        """), Wrap("""
                var provider = new SymmetricKeyIssuerSecurityKeyProvider(Issuer, Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured"));
        """));
}
