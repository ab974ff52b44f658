using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;
using static TokenValidationAnalyzers.Tests.Verifiers.FixBehaviour;

namespace TokenValidationAnalyzers.Tests.Rules.Behaviour;

/// <summary>TVA1001/TVA1002/TVA1009/TVA1010: the fixed parameters accept the configured issuer and audience only, and fail closed without them.</summary>
[Collection("FixBehaviour")]
public class ValidationSwitchFixBehaviourTests
{
    private static readonly byte[] Key = Utf8(SigningKey);

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InCreate(string body) => $$"""
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        static class Factory
        {
            public static TokenValidationParameters Create(IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    private static readonly string IssuerDisabled = InCreate("""
                return new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|},
                    ValidAudience = "api",
                };
        """);

    private static readonly string IssuerDisabledFixed = InCreate("""
                return new TokenValidationParameters
                {
                    ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
                    ValidAudience = "api",
                };
        """);

    [Fact]
    public async Task IssuerDisabled_Fix_ValidatesOnlyTheConfiguredIssuer()
    {
        await VerifyFix(IssuerDisabled, IssuerDisabledFixed);
        using var app = Compile(IssuerDisabledFixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("Factory", "Create", Settings()), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Factory", "Create", Settings(("Jwt:Issuer", null))));
    }

    [Fact]
    public async Task IssuerDisabled_Unfixed_AcceptsForeignIssuer()
    {
        using var app = Compile(Unfixed.Code(IssuerDisabled));
        var parameters = app.Parameters("Factory", "Create", Settings());
        Assert.True((await ValidateAsync(parameters, Token(ForeignIssuer, Audience, Key), Key)).IsValid);
    }

    private const string IssuerDisabledNoConfiguration = """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidAudience = "api",
                {|TVA1001:ValidateIssuer = false|}
            };
        }
        """;

    private const string IssuerDisabledNoConfigurationFixed = """
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            TokenValidationParameters P() => new TokenValidationParameters
            {
                ValidAudience = "api",
                ValidIssuer = Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured")
            };
        }
        """;

    [Fact]
    public async Task IssuerDisabledWithoutConfiguration_Fix_ValidatesOnlyTheIssuerOfTheEnvironment()
    {
        await VerifyFix(IssuerDisabledNoConfiguration, IssuerDisabledNoConfigurationFixed);
        using var app = Compile(IssuerDisabledNoConfigurationFixed);
        var environment = new Dictionary<string, string?> { ["JWT_ISSUER"] = Issuer };
        await AssertValidatesOnlyExpectedTokens(app.Parameters("C", "P", Settings(), environment), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("C", "P", Settings(), new Dictionary<string, string?> { ["JWT_ISSUER"] = null }));
    }

    private static readonly string AudienceDisabled = InCreate("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test" };
                {|TVA1002:p.ValidateAudience = false|};
                return p;
        """);

    private static readonly string AudienceDisabledFixed = InCreate("""
                var p = new TokenValidationParameters { ValidIssuer = "https://issuer.test" };
                p.ValidAudience = configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured");
                return p;
        """);

    [Fact]
    public async Task AudienceDisabled_Fix_ValidatesOnlyTheConfiguredAudience()
    {
        await VerifyFix(AudienceDisabled, AudienceDisabledFixed);
        using var app = Compile(AudienceDisabledFixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("Factory", "Create", Settings()), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Factory", "Create", Settings(("Jwt:Audience", null))));
    }

    [Fact]
    public async Task AudienceDisabled_Unfixed_AcceptsForeignAudience()
    {
        using var app = Compile(Unfixed.Code(AudienceDisabled));
        var parameters = app.Parameters("Factory", "Create", Settings());
        Assert.True((await ValidateAsync(parameters, Token(Issuer, ForeignAudience, Key), Key)).IsValid);
    }

    private static readonly string NothingToValidateAgainst = InCreate("""
                return {|TVA1009:{|TVA1010:new TokenValidationParameters()|}|};
        """);

    private static readonly string NothingToValidateAgainstFixed = InCreate("""
                return new TokenValidationParameters() { ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"), ValidAudience = configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured") };
        """);

    [Fact]
    public async Task MissingIssuerAndAudience_FixAll_ValidatesOnlyTheConfiguredValues()
    {
        await VerifyFix(NothingToValidateAgainst, NothingToValidateAgainstFixed);
        using var app = Compile(NothingToValidateAgainstFixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("Factory", "Create", Settings()), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Factory", "Create", Settings(("Jwt:Issuer", null))));
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Factory", "Create", Settings(("Jwt:Audience", null))));
    }

    [Fact]
    public async Task MissingIssuerAndAudience_Unfixed_RejectsEvenTheCorrectToken()
    {
        using var app = Compile(Unfixed.Code(NothingToValidateAgainst));
        var parameters = app.Parameters("Factory", "Create", Settings());
        Assert.False((await ValidateAsync(parameters, Token(Issuer, Audience, Key), Key)).IsValid);
    }

    private const string OptionsChain = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" };
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|}; // for now
                });
            }
        }
        """;

    private const string OptionsChainFixed = """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = "name" };
                    o.TokenValidationParameters.ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"); // for now
                });
            }
        }
        """;

    // JwtBearer's post-configuration copies Audience into the parameters, as the running handler sees them
    [Fact]
    public async Task IssuerDisabledInAddJwtBearer_Fix_ValidatesOnlyTheConfiguredIssuer()
    {
        await VerifyFix(OptionsChain, OptionsChainFixed);
        using var app = Compile(OptionsChainFixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("Startup", "Configure", Settings()), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Startup", "Configure", Settings(("Jwt:Issuer", null))));
    }

    [Fact]
    public async Task IssuerDisabledInAddJwtBearer_Unfixed_AcceptsForeignIssuer()
    {
        using var app = Compile(Unfixed.Code(OptionsChain));
        var parameters = app.Parameters("Startup", "Configure", Settings());
        Assert.True((await ValidateAsync(parameters, Token(ForeignIssuer, Audience, Key), Key)).IsValid);
    }
}
