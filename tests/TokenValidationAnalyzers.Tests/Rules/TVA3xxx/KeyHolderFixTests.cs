using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3001 fixes for keys held in a <c>const</c>, a <c>static readonly</c> field, a field initializer, a property or a <c>u8</c> literal.</summary>
public class KeyHolderFixTests
{
    private const string ReadSigningKey = """configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")""";
    private const string ReadEnvironment = """Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InClass(string members) => $$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
        {{members}}
        }
        """;

    [Fact]
    public Task ConstLocal_Fix_BecomesALocalReadFromConfiguration() => VerifyFix(InClass("""
            public SecurityKey Create(IConfiguration configuration)
            {
                const string secret = "const-local-signing-key-0123456789ab";
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret))|};
            }
        """), InClass($$"""
            public SecurityKey Create(IConfiguration configuration)
            {
                string secret = {{ReadSigningKey}};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
            }
        """));

    [Fact]
    public Task ConstField_Fix_BecomesStaticReadonlyReadFromEnvironment() => VerifyFix(InClass("""
            private const string SigningKey = "const-field-signing-key-0123456789ab";

            public SecurityKey Create() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey))|};
        """), InClass($$"""
            private static readonly string SigningKey = {{ReadEnvironment}};

            public SecurityKey Create() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey));
        """));

    [Fact]
    public Task ConstFieldAlsoUsedAsConstant_Fix_ReplacesOnlyTheKeyUse() => VerifyFix(InClass("""
            public const string SigningKey = "const-field-signing-key-0123456789ab";

            public SecurityKey Create(IConfiguration configuration) => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey))|};

            public static bool IsLegacyKey(string value) => value is SigningKey;
        """), InClass($$"""
            public const string SigningKey = "const-field-signing-key-0123456789ab";

            public SecurityKey Create(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}));

            public static bool IsLegacyKey(string value) => value is SigningKey;
        """));

    [Fact]
    public Task ConstInAnotherFile_Fix_ReplacesTheKeyUse()
    {
        const string secrets = """
            static class Secrets
            {
                public const string SigningKey = "const-hardcoded-signing-key-0123456789";
            }
            """;
        var test = new Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.Test();
        test.TestState.Sources.Add(InClass("""
                public SecurityKey Create(IConfiguration configuration) => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secrets.SigningKey))|};
            """));
        test.TestState.Sources.Add(secrets);
        test.FixedState.Sources.Add(InClass($$"""
                public SecurityKey Create(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}));
            """));
        test.FixedState.Sources.Add(secrets);
        return test.RunAsync();
    }

    [Fact]
    public Task StaticReadonlyString_Fix_ReadsEnvironmentVariable() => VerifyFix(InClass("""
            private static readonly string Secret = "static-readonly-signing-key-0123456789";

            public SecurityKey Create(IConfiguration configuration) => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret))|};
        """), InClass($$"""
            private static readonly string Secret = {{ReadEnvironment}};

            public SecurityKey Create(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret));
        """));

    [Fact]
    public Task StaticReadonlyBytesUsedTwice_FixAll_DecodesBase64FromEnvironmentOnce() => VerifyFix(InClass("""
            private static readonly byte[] KeyBytes = { 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08 };

            public SecurityKey Signing() => {|TVA3001:new SymmetricSecurityKey(KeyBytes)|};

            public SecurityKey Validation() => {|TVA3001:new SymmetricSecurityKey(KeyBytes)|};
        """), InClass($$"""
            private static readonly byte[] KeyBytes = Convert.FromBase64String({{ReadEnvironment}});

            public SecurityKey Signing() => new SymmetricSecurityKey(KeyBytes);

            public SecurityKey Validation() => new SymmetricSecurityKey(KeyBytes);
        """));

    [Fact]
    public Task StaticReadonlyUtf8Bytes_Fix_GetsBytesOfEnvironmentVariable() => VerifyFix(InClass("""
            private static readonly byte[] KeyBytes = "utf8-readonly-signing-key-0123456789ab"u8.ToArray();

            public SecurityKey Create() => {|TVA3001:new SymmetricSecurityKey(KeyBytes)|};
        """), InClass($$"""
            private static readonly byte[] KeyBytes = Encoding.UTF8.GetBytes({{ReadEnvironment}});

            public SecurityKey Create() => new SymmetricSecurityKey(KeyBytes);
        """));

    [Fact]
    public Task Utf8ToArray_Fix_GetsBytesOfConfiguredValue() => VerifyFix(InClass("""
            public SecurityKey Create(IConfiguration configuration) => {|TVA3001:new SymmetricSecurityKey("utf8-literal-signing-key-0123456789abc"u8.ToArray())|};
        """), InClass($$"""
            public SecurityKey Create(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}));
        """));

    [Fact]
    public Task Utf8SpanLocal_Fix_GetsBytesOfConfiguredValue() => VerifyFix(InClass("""
            public SecurityKey Create(IConfiguration configuration)
            {
                ReadOnlySpan<byte> secret = "utf8-span-signing-key-0123456789abcdef"u8;
                return {|TVA3001:new SymmetricSecurityKey(secret.ToArray())|};
            }
        """), InClass($$"""
            public SecurityKey Create(IConfiguration configuration)
            {
                ReadOnlySpan<byte> secret = Encoding.UTF8.GetBytes({{ReadSigningKey}});
                return new SymmetricSecurityKey(secret.ToArray());
            }
        """));

    [Fact]
    public Task Utf8VarLocal_Fix_KeepsTheSpan() => VerifyFix(InClass("""
            public SecurityKey Create(IConfiguration configuration)
            {
                var secret = "utf8-var-signing-key-0123456789abcdefgh"u8;
                return {|TVA3001:new SymmetricSecurityKey(secret.ToArray())|};
            }
        """), InClass($$"""
            public SecurityKey Create(IConfiguration configuration)
            {
                var secret = new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes({{ReadSigningKey}}));
                return new SymmetricSecurityKey(secret.ToArray());
            }
        """));

    [Fact]
    public Task PropertyInAnotherFile_Fix_ReplacesTheKeyUse()
    {
        const string secrets = """
            static class Secrets
            {
                public static string SigningKey => "property-hardcoded-signing-key-0123456789";
            }
            """;
        var test = new Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.Test();
        test.TestState.Sources.Add(InClass("""
                public SecurityKey Create(IConfiguration configuration) => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secrets.SigningKey))|};
            """));
        test.TestState.Sources.Add(secrets);
        test.FixedState.Sources.Add(InClass($$"""
                public SecurityKey Create(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}));
            """));
        test.FixedState.Sources.Add(secrets);
        return test.RunAsync();
    }

    [Fact]
    public Task InstanceFieldInitializer_Fix_ReadsEnvironmentVariableNotTheField() => VerifyFix(InClass("""
            private readonly IConfiguration _configuration;
            private readonly SecurityKey _key = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("instance-initializer-signing-key-0123456789"))|};

            public KeyFactory(IConfiguration configuration) => _configuration = configuration;

            public string? Issuer => _configuration["Jwt:Issuer"];
        """), InClass($$"""
            private readonly IConfiguration _configuration;
            private readonly SecurityKey _key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadEnvironment}}));

            public KeyFactory(IConfiguration configuration) => _configuration = configuration;

            public string? Issuer => _configuration["Jwt:Issuer"];
        """));

    private static string WithPrimaryConstructor(string member) => $$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory(IConfiguration configuration)
        {
            private readonly SecurityKey _key = {{member}};

            public SecurityKey Key => _key;
        }
        """;

    [Fact]
    public Task InstanceFieldInitializerWithPrimaryConstructor_Fix_ReadsTheParameter() => VerifyFix(
        WithPrimaryConstructor("""{|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("instance-initializer-signing-key-0123456789"))|}"""),
        WithPrimaryConstructor($$"""new SymmetricSecurityKey(Encoding.UTF8.GetBytes({{ReadSigningKey}}))"""));

    [Fact]
    public Task StaticExpressionBodiedProperty_Fix_ReadsEnvironmentVariable() => VerifyFix(InClass("""
            private static string Key => "property-signing-key-0123456789abcdef";

            public SecurityKey Create(IConfiguration configuration) => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key))|};
        """), InClass($$"""
            private static string Key => {{ReadEnvironment}};

            public SecurityKey Create(IConfiguration configuration) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key));
        """));

    [Fact]
    public Task InstanceExpressionBodiedProperty_Fix_ReadsTheConfigurationField() => VerifyFix(InClass("""
            private readonly IConfiguration _configuration;

            public KeyFactory(IConfiguration configuration) => _configuration = configuration;

            private string Key => "property-signing-key-0123456789abcdef";

            public SecurityKey Create() => {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key))|};
        """), InClass("""
            private readonly IConfiguration _configuration;

            public KeyFactory(IConfiguration configuration) => _configuration = configuration;

            private string Key => _configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured");

            public SecurityKey Create() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key));
        """));

    [Fact]
    public Task SettableOrVirtualProperties_DoNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        class KeyFactory
        {
            public static string Settable { get; set; } = "settable-signing-key-0123456789abcdef";
            protected virtual string Overridable => "virtual-signing-key-0123456789abcdef";

            public SecurityKey First() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Settable));
            public SecurityKey Second() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Overridable));
        }
        """);

    [Fact]
    public Task LookAlikePropertyReadingConfiguration_DoesNotReport() => Verify<KeyMaterialRuleSet>.AnalyzerAsync("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory(IConfiguration configuration)
        {
            private string Key => configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured");

            public SecurityKey Create() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key));
        }
        """);
}
