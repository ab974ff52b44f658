using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>Fixes write the configuration key the project already reads for the same value, found in any of its files.</summary>
public class ExistingConfigurationKeyFixTests
{
    private static string KeyFactory(string value) => $$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create(IConfiguration configuration) => {{value}};
        }
        """;

    private const string HardcodedKey = """{|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|}""";

    private static Task VerifyKeyFix(string other, string fixedValue)
        => VerifyFix<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>(other, KeyFactory(HardcodedKey), KeyFactory(fixedValue));

    private static Task VerifyFix<TRules, TFix>(string other, string source, string fixedSource)
        where TRules : IRuleSet
        where TFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
    {
        var test = new Verify<TRules, TFix>.Test();
        test.TestState.Sources.Add(("Other.cs", other));
        test.TestState.Sources.Add(("Fixed.cs", source));
        test.FixedState.Sources.Add(("Other.cs", other));
        test.FixedState.Sources.Add(("Fixed.cs", fixedSource));
        return test.RunAsync();
    }

    [Fact]
    public Task KeyReadInAnotherFile_Fix_ReusesItsKey() => VerifyKeyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Keys
        {
            public static SecurityKey Read(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"]!));
        }
        """, """new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured")))""");

    [Fact]
    public Task KeyReadThroughLocalAndSection_Fix_ReusesTheFullPath() => VerifyKeyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Keys
        {
            public static TokenValidationParameters Read(IConfiguration configuration)
            {
                var secret = configuration.GetSection("Auth")["Secret"];
                return new TokenValidationParameters { IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(secret!)) };
            }
        }
        """, """new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Auth:Secret"] ?? throw new InvalidOperationException("Auth:Secret is not configured")))""");

    [Fact]
    public Task KeyReadFromSectionLocal_Fix_ReusesTheFullPath() => VerifyKeyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Keys
        {
            public static SecurityKey Read(IConfiguration configuration)
            {
                var jwt = configuration.GetSection("Auth");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwt["Key"]!));
            }
        }
        """, """new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Auth:Key"] ?? throw new InvalidOperationException("Auth:Key is not configured")))""");

    [Fact]
    public Task KeyReadFromSectionParameter_Fix_KeepsTheDefaultKey() => VerifyKeyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Keys
        {
            public static SecurityKey Read(IConfigurationSection section) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(section["Key"]!));
        }
        """, """new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")))""");

    [Fact]
    public Task KeyReadOnlyForLogging_Fix_KeepsTheDefaultKey() => VerifyKeyFix("""
        using Microsoft.Extensions.Configuration;
        static class Diagnostics
        {
            public static void Log(IConfiguration configuration) => Console.WriteLine(configuration["Jwt:Key"]?.Length);
        }
        """, """new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")))""");

    [Fact]
    public Task TwoDifferentKeysRead_Fix_KeepsTheDefaultKey() => VerifyKeyFix("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Keys
        {
            public static SecurityKey Read(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"]!));
            public static SecurityKey ReadOther(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration.GetValue<string>("Auth:Secret")!));
        }
        """, """new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")))""");

    private const string TokenIssuer = """
        using System.Security.Claims;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class TokenDescriptors(IConfiguration configuration)
        {
            public SecurityTokenDescriptor Describe(string user) => new SecurityTokenDescriptor
            {
                Issuer = configuration["Auth:TokenIssuer"],
                Audience = configuration.GetSection("Auth")["ApiAudience"],
                Subject = new ClaimsIdentity(new[] { new Claim("sub", user) }),
            };
        }
        """;

    private static string Validation(string members) => $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Validation
        {
            public static TokenValidationParameters Create(IConfiguration configuration) => new TokenValidationParameters
            {
        {{members}}
            };
        }
        """;

    [Fact]
    public Task IssuerAndAudienceReadInAnotherFile_FixAll_ReusesTheirKeys() => VerifyFix<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>(TokenIssuer, Validation("""
                {|TVA1001:ValidateIssuer = false|},
                {|TVA1002:ValidateAudience = false|},
        """), Validation("""
                ValidIssuer = configuration["Auth:TokenIssuer"] ?? throw new InvalidOperationException("Auth:TokenIssuer is not configured"),
                ValidAudience = configuration["Auth:ApiAudience"] ?? throw new InvalidOperationException("Auth:ApiAudience is not configured"),
        """));

    [Fact]
    public Task ValidIssuerReadThroughLocal_Fix_ReusesItsKey() => VerifyFix<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class InternalValidation
        {
            public static TokenValidationParameters Create(IConfiguration configuration)
            {
                var issuer = configuration.GetValue<string>("Identity:Issuer");
                return new TokenValidationParameters { ValidIssuers = new[] { issuer! }, ValidAudience = "internal" };
            }
        }
        """, Validation("""
                {|TVA1001:ValidateIssuer = false|},
                ValidAudience = "api",
        """), Validation("""
                ValidIssuer = configuration["Identity:Issuer"] ?? throw new InvalidOperationException("Identity:Issuer is not configured"),
                ValidAudience = "api",
        """));

    [Fact]
    public Task IssuerReadOnlyForLogging_Fix_KeepsTheDefaultKey() => VerifyFix<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>("""
        using Microsoft.Extensions.Configuration;
        static class Diagnostics
        {
            public static void Log(IConfiguration configuration) => Console.WriteLine(configuration["Auth:TokenIssuer"]);
        }
        """, Validation("""
                {|TVA1001:ValidateIssuer = false|},
                ValidAudience = "api",
        """), Validation("""
                ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
                ValidAudience = "api",
        """));
}
