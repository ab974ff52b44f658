using TokenValidationAnalyzers.CodeFixes.Rules.TVA3xxx;
using TokenValidationAnalyzers.Tests.Verifiers;
using static TokenValidationAnalyzers.Tests.Verifiers.FixBehaviour;

namespace TokenValidationAnalyzers.Tests.Rules.Behaviour;

/// <summary>TVA3001/TVA3002: the fixed key is the configured one, a token signed with the old literal is rejected, and a missing key fails closed.</summary>
[Collection("FixBehaviour")]
public class KeyMaterialFixBehaviourTests
{
    private const string Literal = "inline-hardcoded-signing-key-0123456789";
    private const string Fallback = "fallback-signing-key-0123456789abcdef";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<KeyMaterialRuleSet, KeyMaterialCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string WithConfiguration(string body) => $$"""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create(IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    private static string WithoutConfiguration(string body) => $$"""
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        sealed class KeyFactory
        {
            public SecurityKey Create()
            {
        {{body}}
            }
        }
        """;

    /// <summary>Valid with the configured key only; a token signed with <paramref name="oldKey"/> is rejected.</summary>
    private static async Task AssertUsesConfiguredKey(FixBehaviour app, Dictionary<string, string?> settings, byte[] configuredKey, byte[] oldKey,
        Dictionary<string, string?>? environment = null)
    {
        var parameters = app.Parameters("KeyFactory", "Create", settings, environment);
        await AssertValidatesOnlyExpectedTokens(parameters, configuredKey);
        Assert.False((await ValidateAsync(parameters, Token(Issuer, Audience, oldKey), configuredKey)).IsValid, "a token signed with the old literal key is accepted");
    }

    private static readonly string HardcodedString = WithConfiguration($$"""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("{{Literal}}"))|};
        """);

    private static readonly string HardcodedStringFixed = WithConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));
        """);

    [Fact]
    public async Task HardcodedString_Fix_UsesTheConfiguredKeyAndFailsClosed()
    {
        await VerifyFix(HardcodedString, HardcodedStringFixed);
        using var app = Compile(HardcodedStringFixed);
        await AssertUsesConfiguredKey(app, Settings(), Utf8(SigningKey), Utf8(Literal));
        Assert.Throws<InvalidOperationException>(() => app.Parameters("KeyFactory", "Create", Settings(("Jwt:SigningKey", null))));
    }

    [Fact]
    public async Task HardcodedString_Unfixed_AcceptsTokenSignedWithTheLiteral()
    {
        using var app = Compile(Unfixed.Code(HardcodedString));
        Assert.True((await ValidateAsync(app.Parameters("KeyFactory", "Create", Settings()), Token(Issuer, Audience, Utf8(Literal)), Utf8(SigningKey))).IsValid);
    }

    private const string Bytes = "0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08, 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08, "
        + "0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08, 0x3f, 0x91, 0x0c, 0x7a, 0x55, 0x12, 0xe4, 0x08";

    private static readonly byte[] LiteralBytes = Bytes.Split(", ").Select(b => Convert.ToByte(b, 16)).ToArray();

    [Fact]
    public async Task HardcodedByteArray_Fix_DecodesTheConfiguredBase64Key()
    {
        var fixedSource = WithConfiguration("""
                return new SymmetricSecurityKey(Convert.FromBase64String(configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey is not configured")));
        """);
        await VerifyFix(WithConfiguration($$"""
                return {|TVA3001:new SymmetricSecurityKey(new byte[] { {{Bytes}} })|};
        """), fixedSource);
        using var app = Compile(fixedSource);
        await AssertUsesConfiguredKey(app, Settings(), Convert.FromBase64String(SigningKey), LiteralBytes);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("KeyFactory", "Create", Settings(("Jwt:SigningKey", null))));
    }

    [Fact]
    public async Task HardcodedStringWithoutConfiguration_Fix_UsesTheEnvironmentKeyAndFailsClosed()
    {
        var fixedSource = WithoutConfiguration("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("JWT_SIGNING_KEY") ?? throw new InvalidOperationException("JWT_SIGNING_KEY is not configured")));
        """);
        await VerifyFix(WithoutConfiguration($$"""
                return {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("{{Literal}}"))|};
        """), fixedSource);
        using var app = Compile(fixedSource);
        await AssertUsesConfiguredKey(app, Settings(), Utf8(SigningKey), Utf8(Literal), new() { ["JWT_SIGNING_KEY"] = SigningKey });
        Assert.Throws<InvalidOperationException>(() => app.Parameters("KeyFactory", "Create", Settings(), new() { ["JWT_SIGNING_KEY"] = null }));
    }

    private const string ParametersWithPrimaryConstructor = """
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class ValidationFactory(IConfiguration config)
        {
            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = config["Auth:Issuer"],
                ValidAudience = config["Auth:Audience"],
                IssuerSigningKey = {|TVA3001:new SymmetricSecurityKey(Encoding.UTF8.GetBytes("inline-hardcoded-signing-key-0123456789"))|},
            };
        }
        """;

    private const string ParametersWithPrimaryConstructorFixed = """
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        sealed class ValidationFactory(IConfiguration config)
        {
            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidIssuer = config["Auth:Issuer"],
                ValidAudience = config["Auth:Audience"],
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Auth:SigningKey"] ?? throw new InvalidOperationException("Auth:SigningKey is not configured"))),
            };
        }
        """;

    [Fact]
    public async Task HardcodedKeyNextToSectionReads_Fix_UsesTheSectionsKeyAndFailsClosed()
    {
        await VerifyFix(ParametersWithPrimaryConstructor, ParametersWithPrimaryConstructorFixed);
        using var app = Compile(ParametersWithPrimaryConstructorFixed);
        var settings = Settings(("Auth:Issuer", Issuer), ("Auth:Audience", Audience), ("Auth:SigningKey", SigningKey));
        var parameters = app.Parameters("ValidationFactory", "Create", settings);
        await AssertValidatesOnlyExpectedTokens(parameters, Utf8(SigningKey));
        Assert.False((await ValidateAsync(parameters, Token(Issuer, Audience, Utf8(Literal)), Utf8(SigningKey))).IsValid);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("ValidationFactory", "Create", Settings(("Auth:Issuer", Issuer), ("Auth:Audience", Audience))));
    }

    private static readonly string IndexerFallback = WithConfiguration($$"""
                var secret = configuration["Jwt:Key"] ?? {|TVA3002:"{{Fallback}}"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);

    private static readonly string IndexerFallbackFixed = WithConfiguration("""
                var secret = configuration["Jwt:Key"] ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);

    [Fact]
    public async Task IndexerFallback_Fix_UsesTheConfiguredKeyAndFailsClosed()
    {
        await VerifyFix(IndexerFallback, IndexerFallbackFixed);
        using var app = Compile(IndexerFallbackFixed);
        await AssertUsesConfiguredKey(app, Settings(("Jwt:Key", SigningKey)), Utf8(SigningKey), Utf8(Fallback));
        Assert.Throws<InvalidOperationException>(() => app.Parameters("KeyFactory", "Create", Settings()));
    }

    [Fact]
    public async Task IndexerFallback_Unfixed_MissingKeyAcceptsTokenSignedWithTheFallback()
    {
        using var app = Compile(Unfixed.Code(IndexerFallback));
        Assert.True((await ValidateAsync(app.Parameters("KeyFactory", "Create", Settings()), Token(Issuer, Audience, Utf8(Fallback)), Utf8(SigningKey))).IsValid);
    }

    [Fact]
    public async Task GetValueInferredTypeArgument_Fix_UsesTheConfiguredKeyAndFailsClosed()
    {
        var fixedSource = WithConfiguration("""
                var secret = configuration.GetValue<string>("Jwt:Key") ?? throw new InvalidOperationException("Jwt:Key is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """);
        await VerifyFix(WithConfiguration($$"""
                var secret = configuration.GetValue("Jwt:Key", {|TVA3002:"{{Fallback}}"|});
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """), fixedSource);
        using var app = Compile(fixedSource);
        await AssertUsesConfiguredKey(app, Settings(("Jwt:Key", SigningKey)), Utf8(SigningKey), Utf8(Fallback));
        Assert.Throws<InvalidOperationException>(() => app.Parameters("KeyFactory", "Create", Settings()));
    }

    [Fact]
    public async Task EnvironmentVariableFallback_Fix_UsesTheEnvironmentKeyAndFailsClosed()
    {
        var fixedSource = WithoutConfiguration("""
                var secret = Environment.GetEnvironmentVariable("JWT_KEY") ?? throw new InvalidOperationException("JWT_KEY is not configured");
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """);
        await VerifyFix(WithoutConfiguration($$"""
                var secret = Environment.GetEnvironmentVariable("JWT_KEY") ?? {|TVA3002:"{{Fallback}}"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));
        """), fixedSource);
        using var app = Compile(fixedSource);
        await AssertUsesConfiguredKey(app, Settings(), Utf8(SigningKey), Utf8(Fallback), new() { ["JWT_KEY"] = SigningKey });
        Assert.Throws<InvalidOperationException>(() => app.Parameters("KeyFactory", "Create", Settings(), new() { ["JWT_KEY"] = null }));
    }
}
