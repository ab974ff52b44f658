using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5006: AppContext switches that turn an IdentityModel safety check off, and the fix that removes the call.</summary>
public class SafetySwitchTests
{
    private const string Header = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            const string MissingTid = "Switch.Microsoft.IdentityModel.DontFailOnMissingTidValidateIssuerSigning";

            public static void Configure(WebApplicationBuilder builder, IHostEnvironment env)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static string Wrap(string body) => Header + "\n" + body + Footer;

    private static Task VerifyBody(string body) => Verify<HostingRuleSet>.AnalyzerAsync(Wrap(body));

    private static Task VerifyFix(string body, string fixedBody)
        => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync(Wrap(body), Wrap(fixedBody));

    [Theory]
    [InlineData("Switch.Microsoft.IdentityModel.DontFailOnMissingTidValidateIssuerSigning")]
    [InlineData("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation")]
    public Task RelaxingSwitchOn_Reports(string name) => VerifyBody($$"""
                AppContext.{|TVA5006:SetSwitch|}("{{name}}", true);
        """);

    [Fact]
    public Task ConstNameFullyQualifiedCall_Reports() => VerifyBody("""
                System.AppContext.{|TVA5006:SetSwitch|}(MissingTid, isEnabled: true);
        """);

    [Fact]
    public Task ConstantTrueExpression_Reports() => VerifyBody("""
                AppContext.{|TVA5006:SetSwitch|}("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation", !false);
        """);

    [Fact]
    public Task SwitchOff_DoesNotReport() => VerifyBody("""
                AppContext.SetSwitch("Switch.Microsoft.IdentityModel.DontFailOnMissingTidValidateIssuerSigning", false);
                AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation", false);
        """);

    [Theory]
    [InlineData("Switch.Microsoft.IdentityModel.UseRfcDefinitionOfEpkAndKid")]
    [InlineData("Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking")]
    [InlineData("Switch.Microsoft.IdentityModel.TryAllStringClaimsAsDateTime")]
    [InlineData("System.Net.Http.SocketsHttpHandler.Http2UnencryptedSupport")]
    [InlineData("Switch.System.Net.DontEnableSchUseStrongCrypto")]
    public Task NonRelaxingOrUnrelatedSwitch_DoesNotReport(string name) => VerifyBody($$"""
                AppContext.SetSwitch("{{name}}", true);
        """);

    [Fact]
    public Task RuntimeValue_DoesNotReport() => VerifyBody("""
                AppContext.SetSwitch(MissingTid, builder.Configuration.GetValue<bool>("Auth:RelaxTid"));
        """);

    [Fact]
    public Task EnvironmentGuardedCall_DoesNotReport() => VerifyBody("""
                if (env.IsDevelopment())
                {
                    AppContext.SetSwitch("Switch.Microsoft.IdentityModel.DontFailOnMissingTidValidateIssuerSigning", true);
                }

                if (builder.Environment.IsEnvironment("Local")) AppContext.SetSwitch("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation", true);
        """);

    [Fact]
    public Task NonEnvironmentGuard_Reports() => VerifyBody("""
                if (builder.Configuration["Auth:Legacy"] == "true")
                {
                    AppContext.{|TVA5006:SetSwitch|}(MissingTid, true);
                }
        """);

    [Fact]
    public Task Statement_Fix_RemovesCall() => VerifyFix("""
                builder.Services.AddAuthorization();
                AppContext.{|TVA5006:SetSwitch|}("Switch.Microsoft.IdentityModel.DontFailOnMissingTidValidateIssuerSigning", true);
                builder.Services.AddControllers();
        """, """
                builder.Services.AddAuthorization();
                builder.Services.AddControllers();
        """);

    [Fact]
    public Task TwoSwitches_FixAll_RemovesBoth() => VerifyFix("""
                AppContext.{|TVA5006:SetSwitch|}(MissingTid, true);
                builder.Services.AddAuthorization();
                AppContext.{|TVA5006:SetSwitch|}("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation", true);
        """, """
                builder.Services.AddAuthorization();
        """);

    [Fact]
    public Task StaticConstructor_Fix_RemovesCall() => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync("""
        using Microsoft.IdentityModel.Tokens;
        static class LegacyTokens
        {
            static LegacyTokens()
            {
                // tokens from the old tenant have no tid claim
                AppContext.{|TVA5006:SetSwitch|}("Switch.Microsoft.IdentityModel.DontFailOnMissingTidValidateIssuerSigning", true);
                Counter = 1;
            }

            public static int Counter { get; }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        static class LegacyTokens
        {
            static LegacyTokens()
            {
                Counter = 1;
            }

            public static int Counter { get; }
        }
        """);

    [Fact]
    public Task ExpressionBodiedMember_NoFix() => Verify<HostingRuleSet, HostingCodeFixProvider>.NoCodeFixAsync("""
        using Microsoft.IdentityModel.Tokens;
        static class LegacyTokens
        {
            public static void Relax() => AppContext.{|TVA5006:SetSwitch|}("Switch.Microsoft.IdentityModel.UnsafeRelaxHmacKeySizeValidation", true);
        }
        """);
}
