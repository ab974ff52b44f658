using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA2xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>
/// .NET Framework-style projects (a web.config, no <c>IConfiguration</c> in scope): the fixes that add a valid issuer or audience
/// read it from <c>ConfigurationManager.AppSettings</c>.
/// </summary>
public class AppConfigValueFixTests
{
    private const string WebConfig = """
        <configuration>
          <appSettings>
            <add key="ida:Audience" value="https://contoso.test/api" />
          </appSettings>
        </configuration>
        """;

    private const string ReadIssuer = """ConfigurationManager.AppSettings["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured")""";

    private static string Startup(string members) => $$"""
        using System.Configuration;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
        {{members}}
        }
        """;

    private static Task VerifySwitchFix(string source, string fixedSource, bool withWebConfig = true)
    {
        var test = new Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        if (withWebConfig)
        {
            test.TestState.AdditionalFiles.Add(("Web.config", WebConfig));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task IssuerSwitchOff_Fix_AddsIssuerFromAppSettings() => VerifySwitchFix(Startup("""
            public void Configuration(object app)
            {
                var parameters = new TokenValidationParameters
                {
                    ValidAudience = "https://contoso.test/api",
                    {|TVA1001:ValidateIssuer = false|},
                };
                Console.WriteLine(parameters.ValidAudience);
            }
        """), Startup($$"""
            public void Configuration(object app)
            {
                var parameters = new TokenValidationParameters
                {
                    ValidAudience = "https://contoso.test/api",
                    ValidIssuer = {{ReadIssuer}},
                };
                Console.WriteLine(parameters.ValidAudience);
            }
        """));

    [Fact]
    public Task AudienceSwitchOff_Fix_ReusesTheAppSettingsKeyReadForTheAudience() => VerifySwitchFix(Startup("""
            public TokenValidationParameters Api() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                ValidAudience = ConfigurationManager.AppSettings["ida:Audience"],
            };

            public TokenValidationParameters Admin() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                {|TVA1002:ValidateAudience = false|},
            };
        """), Startup("""
            public TokenValidationParameters Api() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                ValidAudience = ConfigurationManager.AppSettings["ida:Audience"],
            };

            public TokenValidationParameters Admin() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                ValidAudience = ConfigurationManager.AppSettings["ida:Audience"] ?? throw new InvalidOperationException("ida:Audience is not configured"),
            };
        """));

    [Fact]
    public Task MissingIssuerWithoutUsing_Fix_QualifiesConfigurationManager() => VerifySwitchFix("""
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public void Configuration(object app)
            {
                var parameters = {|TVA1009:new TokenValidationParameters|} { ValidAudience = "https://contoso.test/api" };
                Console.WriteLine(parameters.ValidAudience);
            }
        }
        """, """
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public void Configuration(object app)
            {
                var parameters = new TokenValidationParameters { ValidAudience = "https://contoso.test/api", ValidIssuer = System.Configuration.ConfigurationManager.AppSettings["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured") };
                Console.WriteLine(parameters.ValidAudience);
            }
        }
        """);

    [Fact]
    public Task NoWebConfigInAProjectWithMicrosoftExtensionsConfiguration_Fix_KeepsEnvironmentVariable() => VerifySwitchFix(Startup("""
            public TokenValidationParameters Parameters() => new TokenValidationParameters
            {
                ValidAudience = "https://contoso.test/api",
                {|TVA1001:ValidateIssuer = false|},
            };
        """), Startup("""
            public TokenValidationParameters Parameters() => new TokenValidationParameters
            {
                ValidAudience = "https://contoso.test/api",
                ValidIssuer = Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured"),
            };
        """), withWebConfig: false);

    [Fact]
    public Task ConfigurationInScopeWithWebConfig_Fix_ReadsConfiguration() => VerifySwitchFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public TokenValidationParameters Parameters(IConfiguration configuration) => new TokenValidationParameters
            {
                ValidAudience = System.Configuration.ConfigurationManager.AppSettings["ida:Audience"],
                {|TVA1001:ValidateIssuer = false|},
            };
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public TokenValidationParameters Parameters(IConfiguration configuration) => new TokenValidationParameters
            {
                ValidAudience = System.Configuration.ConfigurationManager.AppSettings["ida:Audience"],
                ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
            };
        }
        """);

    [Fact]
    public Task ConfigurationInScope_Fix_DoesNotReuseAnAppSettingsKey() => VerifySwitchFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public TokenValidationParameters Api() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                ValidAudience = System.Configuration.ConfigurationManager.AppSettings["ida:Audience"],
            };

            public TokenValidationParameters Admin(IConfiguration configuration) => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                {|TVA1002:ValidateAudience = false|},
            };
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public TokenValidationParameters Api() => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                ValidAudience = System.Configuration.ConfigurationManager.AppSettings["ida:Audience"],
            };

            public TokenValidationParameters Admin(IConfiguration configuration) => new TokenValidationParameters
            {
                ValidIssuer = "https://issuer.contoso.test",
                ValidAudience = configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured"),
            };
        }
        """);

    [Fact]
    public Task AcceptingAudienceValidator_Fix_AddsAudienceFromAppSettings()
    {
        var test = new Verify<DelegateRuleSet, DelegateCodeFixProvider>.Test
        {
            TestCode = Startup("""
                public TokenValidationParameters Parameters() => new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.contoso.test",
                    {|TVA2001:AudienceValidator = (audiences, token, parameters) => true|},
                };
            """),
            FixedCode = Startup("""
                public TokenValidationParameters Parameters() => new TokenValidationParameters
                {
                    ValidIssuer = "https://issuer.contoso.test",
                    ValidAudience = ConfigurationManager.AppSettings["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured"),
                };
            """),
        };
        test.TestState.AdditionalFiles.Add(("App.config", "<configuration />"));
        return test.RunAsync();
    }
}
