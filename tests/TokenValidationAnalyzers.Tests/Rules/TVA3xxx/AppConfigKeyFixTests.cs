using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001 and TVA3002 fixes in a .NET Framework-style project: the key is read from <c>ConfigurationManager.AppSettings</c>.</summary>
public class AppConfigKeyFixTests
{
    private static string Startup(string body) => $$"""
        using System.Configuration;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public SecurityKey SigningKey()
            {
        {{body}}
            }
        }
        """;

    private static Task VerifyFix(string source, string fixedSource, string? webConfig = "<configuration />")
    {
        var test = new Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.Test { TestCode = source, FixedCode = fixedSource };
        if (webConfig is not null)
        {
            test.TestState.AdditionalFiles.Add(("Web.config", webConfig));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task HardcodedKey_Fix_ReadsAppSettings() => VerifyFix(Startup("""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|};
        """), Startup("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));
        """));

    [Fact]
    public Task HardcodedKeyWithKeyReadElsewhere_FixAll_ReusesTheAppSettingsKey() => VerifyFix("""
        using System.Configuration;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public SecurityKey Current() => new SymmetricSecurityKey(Convert.FromBase64String(ConfigurationManager.AppSettings["ida:SigningKey"] ?? throw new InvalidOperationException()));

            public SecurityKey Legacy() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("legacy-hardcoded-signing-key-0123456789"))|};

            public SecurityKey Other() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("other-hardcoded-signing-key-0123456789a"))|};
        }
        """, """
        using System.Configuration;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public SecurityKey Current() => new SymmetricSecurityKey(Convert.FromBase64String(ConfigurationManager.AppSettings["ida:SigningKey"] ?? throw new InvalidOperationException()));

            public SecurityKey Legacy() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["ida:SigningKey"] ?? throw new InvalidOperationException("ida:SigningKey is not configured")));

            public SecurityKey Other() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["ida:SigningKey"] ?? throw new InvalidOperationException("ida:SigningKey is not configured")));
        }
        """);

    [Fact]
    public Task HardcodedKeyWithoutWebConfig_Fix_KeepsEnvironmentVariable() => VerifyFix(Startup("""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|};
        """), Startup("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")));
        """), webConfig: null);

    [Fact]
    public Task LiteralFallback_Fix_ThrowsWhenMissing() => VerifyFix(Startup("""
                var secret = ConfigurationManager.AppSettings["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """), Startup("""
                var secret = ConfigurationManager.AppSettings["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """), webConfig: null);
}
