using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3005: the configuration key the code builds a key from holds a value in a production appsettings file.</summary>
public class CommittedSettingTests
{
    private static string InMethod(string body) => $$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            SecurityKey M(IConfiguration config)
            {
        {{body}}
            }
        }
        """;

    private const string ReadIndexer = """
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));
        """;

    private static Task VerifyWithSettings(string body, (string Name, string Json)[] files, params DiagnosticResult[] expected)
    {
        var test = new Verify<KeyMaterialRuleSet>.Test();
        test.TestState.Sources.Add(InMethod(body));
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Name, file.Json));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private const string CommittedKey = """
        {
          "Jwt": {
            "Issuer": "https://issuer.example",
            {|TVA3005:"Key": "committed-signing-key-0123456789abcdef"|}
          }
        }
        """;

    [Fact]
    public Task IndexerReadWithValueInAppSettings_ReportsOnJsonProperty() => VerifyWithSettings(ReadIndexer, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task IndexerReadWithValueInAppSettings_ReportsExactSpan() => VerifyWithSettings(ReadIndexer,
        new[] { ("appsettings.json", "{\n  \"Jwt\": {\n    {|TVA3005:\"Key\": \"committed-signing-key-0123456789abcdef\"|}\n  }\n}\n") });

    [Fact]
    public Task SectionIndexerRead_ReportsOnJsonProperty() => VerifyWithSettings("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt")["Key"]!));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task GetValueRead_ReportsOnJsonProperty() => VerifyWithSettings("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetValue<string>("Jwt:Key")!));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task SectionValueRead_ReportsOnJsonProperty() => VerifyWithSettings("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt:Key").Value!));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task RequiredSectionIndexerRead_ReportsOnJsonProperty() => VerifyWithSettings("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetRequiredSection("Jwt")["Key"]!));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task ReadThroughLocalAndBase64_ReportsOnJsonProperty() => VerifyWithSettings("""
                var encoded = config["Jwt:Key"];
                return new SymmetricSecurityKey(Convert.FromBase64String(encoded!));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task ReadIntoLocalWithNullForgiving_ReportsOnJsonProperty() => VerifyWithSettings("""
                var encoded = config["Jwt:Key"]!;
                return new SymmetricSecurityKey(Convert.FromBase64String(encoded));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task KeyPathComparedIgnoringCase_ReportsOnJsonProperty() => VerifyWithSettings("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["jwt:key"]!));
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task DevelopmentSettings_DoesNotReport() => VerifyWithSettings(ReadIndexer,
        new[] { ("appsettings.Development.json", """{ "Jwt": { "Key": "development-signing-key-0123456789abcd" } }""") });

    [Fact]
    public Task LocalSettings_DoesNotReport() => VerifyWithSettings(ReadIndexer,
        new[] { ("appsettings.Local.json", """{ "Jwt": { "Key": "local-signing-key-0123456789abcdef" } }""") });

    [Fact]
    public Task ProductionSettings_ReportsOnJsonProperty() => VerifyWithSettings(ReadIndexer, new[]
    {
        ("appsettings.Development.json", """{ "Jwt": { "Key": "development-signing-key-0123456789abcd" } }"""),
        ("appsettings.Production.json", """{ "Jwt": { {|TVA3005:"Key": "production-signing-key-0123456789abcd"|} } }"""),
    });

    [Fact]
    public Task EmptyValue_DoesNotReport() => VerifyWithSettings(ReadIndexer,
        new[] { ("appsettings.json", """{ "Jwt": { "Issuer": "https://issuer.example", "Key": "" } }""") });

    [Fact]
    public Task WhitespaceAndNullValues_DoNotReport() => VerifyWithSettings("""
                var a = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:OtherKey"]!));
        """, new[] { ("appsettings.json", """{ "Jwt": { "Key": "   ", "OtherKey": null } }""") });

    [Fact]
    public Task MissingKey_DoesNotReport() => VerifyWithSettings(ReadIndexer,
        new[] { ("appsettings.json", """{ "Jwt": { "Issuer": "https://issuer.example", "Audience": "api" } }""") });

    [Fact]
    public Task ValueAtAnotherKey_DoesNotReport() => VerifyWithSettings(ReadIndexer,
        new[] { ("appsettings.json", """{ "Jwt": { "Secret": "committed-signing-key-0123456789abcdef" }, "Key": "top-level-value" } """) });

    [Fact]
    public Task CommentsAndTrailingCommas_ReportsOnJsonProperty() => VerifyWithSettings(ReadIndexer, new[]
    {
        ("appsettings.json", """
        {
          // the token settings
          "Logging": { "LogLevel": { "Default": "Information", }, },
          /* signing */
          "Jwt": {
            "Issuer": "https://issuer.example", // issuer
            {|TVA3005:"Key": "committed-signing-key-0123456789abcdef"|}, /* key */
          },
        }
        """),
    });

    [Fact]
    public Task ReadTwice_ReportsOnce() => VerifyWithSettings("""
                var first = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));
                var second = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt")["Key"]!));
                return second;
        """, new[] { ("appsettings.json", CommittedKey) });

    [Fact]
    public Task ReadWithLiteralFallback_ReportsFallbackAndCommittedValue() => VerifyWithSettings("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
        """, new[] { ("appsettings.json", """{ "Jwt": { {|TVA3005:"Key": "committed-signing-key-0123456789abcdef"|} } }""") });

    [Fact]
    public Task ValueReadButNotUsedAsKey_DoesNotReport() => VerifyWithSettings("""
                var issuer = config["Jwt:Key"];
                return new SymmetricSecurityKey(new byte[32]);
        """, new[] { ("appsettings.json", """{ "Jwt": { "Key": "committed-signing-key-0123456789abcdef" } }""") });

    [Fact]
    public Task PublicPemInSettingsForImport_DoesNotReport() => VerifyWithSettings("""
                using var rsa = System.Security.Cryptography.RSA.Create();
                rsa.ImportFromPem(config["Jwt:PublicKey"]);
                return new RsaSecurityKey(rsa);
        """, new[] { ("appsettings.json", """{ "Jwt": { "PublicKey": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----" } }""") });

    [Fact]
    public Task PrivatePemInSettingsForImport_ReportsOnJsonProperty() => VerifyWithSettings("""
                using var rsa = System.Security.Cryptography.RSA.Create();
                rsa.ImportFromPem(config["Jwt:PrivateKey"]);
                return new RsaSecurityKey(rsa);
        """, new[] { ("appsettings.json", """{ "Jwt": { {|TVA3005:"PrivateKey": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADAN\n-----END PRIVATE KEY-----"|} } }""") });
}
