using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5001 (RequireHttpsMetadata = false) and TVA5004 (http:// authority), with their fixes.</summary>
public class MetadataHttpsTests
{
    private const string Header = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        static class Startup
        {
            const bool Https = false;

            public static void Register(WebApplicationBuilder builder, IServiceCollection services, IHostEnvironment env, IConfiguration config)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyRegistration(string body) => Verify<HostingRuleSet>.AnalyzerAsync(Wrap(body));

    private static Task VerifyFix(string body, string fixedBody)
        => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync(Wrap(body), Wrap(fixedBody));

    [Fact]
    public Task AddJwtBearerConstantFalse_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    {|TVA5001:o.RequireHttpsMetadata = false|};
                });
        """);

    [Fact]
    public Task AddOpenIdConnectConstantFalse_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o => {|TVA5001:o.RequireHttpsMetadata = false|});
        """);

    [Theory]
    [InlineData("Https")]
    [InlineData("!true")]
    [InlineData("default")]
    [InlineData("(false)")]
    public Task ConstantExpressionFalse_Reports(string value) => VerifyRegistration($$"""
                services.AddAuthentication().AddJwtBearer(o => {|TVA5001:o.RequireHttpsMetadata = {{value}}|});
        """);

    [Fact]
    public Task ConfigureNamedOptionsClass_Reports() => Verify<HostingRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        sealed class ConfigureJwt : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(string? name, JwtBearerOptions options) => Configure(options);

            public void Configure(JwtBearerOptions options)
            {
                {|TVA5001:options.RequireHttpsMetadata = false|};
                {|TVA5004:options.Authority = "http://auth.contoso.test"|};
            }
        }
        """);

    [Fact]
    public Task ConfigureJwtBearerOptionsFalse_Reports() => VerifyRegistration("""
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => {|TVA5001:o.RequireHttpsMetadata = false|});
        """);

    [Fact]
    public Task OptionsInitializerFalse_Reports() => VerifyRegistration("""
                var options = new JwtBearerOptions { Authority = "https://auth.contoso.test", {|TVA5001:RequireHttpsMetadata = false|} };
        """);

    [Fact]
    public Task ConstantTrue_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o => o.RequireHttpsMetadata = true);
                var options = new JwtBearerOptions { RequireHttpsMetadata = true };
        """);

    [Fact]
    public Task NegatedIsDevelopment_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o => o.RequireHttpsMetadata = !env.IsDevelopment());
        """);

    [Fact]
    public Task IfIsDevelopment_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    if (env.IsDevelopment()) o.RequireHttpsMetadata = false;
                });
        """);

    [Fact]
    public Task BuilderEnvironmentConditional_DoesNotReport() => VerifyRegistration("""
                builder.Services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.RequireHttpsMetadata = builder.Environment.IsDevelopment() ? false : true;
                });
        """);

    [Fact]
    public Task ConfigurationValue_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o => o.RequireHttpsMetadata = config.GetValue<bool>("Auth:RequireHttpsMetadata"));
        """);

    [Fact]
    public Task LookAlikeSettingsProperty_DoesNotReport() => Verify<HostingRuleSet>.AnalyzerAsync("""
        using Microsoft.IdentityModel.Tokens;
        static class AppSettings
        {
            public static bool RequireHttpsMetadata { get; set; }
            public static string? Authority { get; set; }
        }
        static class Startup
        {
            public static void Configure()
            {
                AppSettings.RequireHttpsMetadata = false;
                AppSettings.Authority = "http://auth.contoso.test";
            }
        }
        """);

    [Fact]
    public Task StatementInLambda_Fix_RemovesAssignment() => VerifyFix("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    {|TVA5001:o.RequireHttpsMetadata = false|};
                    o.Audience = "api";
                });
        """, """
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.Audience = "api";
                });
        """);

    [Fact]
    public Task InitializerElement_Fix_RemovesElement() => VerifyFix("""
                var options = new JwtBearerOptions
                {
                    Authority = "https://auth.contoso.test",
                    {|TVA5001:RequireHttpsMetadata = false|},
                    Audience = "api",
                };
        """, """
                var options = new JwtBearerOptions
                {
                    Authority = "https://auth.contoso.test",
                    Audience = "api",
                };
        """);

    [Fact]
    public Task TwoSchemes_FixAll_RemovesBoth() => VerifyFix("""
                services.AddAuthentication()
                    .AddJwtBearer(o =>
                    {
                        {|TVA5001:o.RequireHttpsMetadata = false|};
                        o.Authority = "https://auth.contoso.test";
                    })
                    .AddOpenIdConnect(o =>
                    {
                        o.Authority = "https://auth.contoso.test";
                        {|TVA5001:o.RequireHttpsMetadata = false|};
                    });
        """, """
                services.AddAuthentication()
                    .AddJwtBearer(o =>
                    {
                        o.Authority = "https://auth.contoso.test";
                    })
                    .AddOpenIdConnect(o =>
                    {
                        o.Authority = "https://auth.contoso.test";
                    });
        """);

    [Theory]
    [InlineData("o.Authority = \"http://auth.contoso.test\"")]
    [InlineData("o.Authority = \"HTTP://auth.contoso.test/realms/api\"")]
    [InlineData("o.MetadataAddress = \"http://auth.contoso.test/.well-known/openid-configuration\"")]
    [InlineData("o.Authority = \"http://10.0.0.5:8080\"")]
    public Task RemoteHttpAuthority_Reports(string assignment) => VerifyRegistration($$"""
                services.AddAuthentication().AddJwtBearer(o => {|TVA5004:{{assignment}}|});
        """);

    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("http://localhost")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://127.0.0.1:8443/realms/dev")]
    [InlineData("http://[::1]:8080")]
    [InlineData("https://auth.contoso.test")]
    [InlineData("https://auth.contoso.test:8443/realms/api")]
    public Task LoopbackOrHttpsAuthority_DoesNotReport(string authority) => VerifyRegistration($$"""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "{{authority}}";
                    o.MetadataAddress = "{{authority}}/.well-known/openid-configuration";
                });
        """);

    [Fact]
    public Task ConfigurationAuthority_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o => o.Authority = config["Jwt:Authority"]);
        """);

    [Fact]
    public Task HttpConstField_ReportsWithoutFix() => Verify<HostingRuleSet, HostingCodeFixProvider>.NoCodeFixAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            const string Authority = "http://auth.contoso.test";

            public static void Register(IServiceCollection services)
                => services.AddAuthentication().AddJwtBearer(o => {|TVA5004:o.Authority = Authority|});
        }
        """);

    [Fact]
    public Task HttpAuthority_Fix_UsesHttps() => VerifyFix("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5004:o.Authority = "http://auth.contoso.test"|};
                    o.Audience = "api";
                });
        """, """
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://auth.contoso.test";
                    o.Audience = "api";
                });
        """);

    [Fact]
    public Task HttpMetadataAddressAndAuthority_FixAll_UsesHttps() => VerifyFix("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    {|TVA5004:o.Authority = "http://auth.contoso.test/realms/api"|};
                    {|TVA5004:o.MetadataAddress = "http://auth.contoso.test/realms/api/.well-known/openid-configuration"|};
                });
        """, """
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://auth.contoso.test/realms/api";
                    o.MetadataAddress = "https://auth.contoso.test/realms/api/.well-known/openid-configuration";
                });
        """);
}
