using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;
using static TokenValidationAnalyzers.Tests.Verifiers.FixBehaviour;

namespace TokenValidationAnalyzers.Tests.Rules.Behaviour;

/// <summary>
/// TVA1001 fixed inside <c>Configure&lt;JwtBearerOptions&gt;</c> and an options class DI creates: the options, as the services
/// build them, accept the configured issuer only, and fail closed when the options are first built without it.
/// </summary>
[Collection("FixBehaviour")]
public class ValidationSiteFixBehaviourTests
{
    private static readonly byte[] Key = Utf8(SigningKey);

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InConfigure(string line) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Configure(IServiceCollection services, IConfiguration configuration)
            {
                services.AddAuthentication().AddJwtBearer();
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    o.Audience = "api";
                    {{line}};
                });
            }
        }
        """;

    private static readonly string ConfigureSite = InConfigure("{|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|}");

    private static readonly string ConfigureSiteFixed = InConfigure(
        """o.TokenValidationParameters.ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured")""");

    [Fact]
    public async Task IssuerDisabledInConfigure_Fix_ValidatesOnlyTheConfiguredIssuer()
    {
        await VerifyFix(ConfigureSite, ConfigureSiteFixed);
        using var app = Compile(ConfigureSiteFixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("Startup", "Configure", Settings()), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Startup", "Configure", Settings(("Jwt:Issuer", null))));
    }

    [Fact]
    public async Task IssuerDisabledInConfigure_Unfixed_AcceptsForeignIssuer()
    {
        using var app = Compile(Unfixed.Code(ConfigureSite));
        var parameters = app.Parameters("Startup", "Configure", Settings());
        Assert.True((await ValidateAsync(parameters, Token(ForeignIssuer, Audience, Key), Key)).IsValid);
    }

    private const string Registration = """

        static class Startup
        {
            public static void Configure(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer();
                services.ConfigureOptions<ConfigureBearer>();
            }
        }
        """;

    private const string OptionsClass = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        sealed class ConfigureBearer : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

            public void Configure(string? name, JwtBearerOptions options)
            {
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
            }
        }
        """ + Registration;

    private const string OptionsClassFixed = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Options;

        sealed class ConfigureBearer : IConfigureNamedOptions<JwtBearerOptions>
        {
            private readonly IConfiguration _configuration;

            public ConfigureBearer(IConfiguration configuration) => _configuration = configuration;

            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

            public void Configure(string? name, JwtBearerOptions options)
            {
                options.Audience = "api";
                options.TokenValidationParameters.ValidIssuer = _configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured");
            }
        }
        """ + Registration;

    // the injected configuration is read when the options are first built, not when the services are registered
    [Fact]
    public async Task IssuerDisabledInOptionsClass_Fix_InjectsConfigurationAndValidatesOnlyTheConfiguredIssuer()
    {
        await VerifyFix(OptionsClass, OptionsClassFixed);
        using var app = Compile(OptionsClassFixed);
        await AssertValidatesOnlyExpectedTokens(app.Parameters("Startup", "Configure", Settings()), Key);
        Assert.Throws<InvalidOperationException>(() => app.Parameters("Startup", "Configure", Settings(("Jwt:Issuer", null))));
    }

    [Fact]
    public async Task IssuerDisabledInOptionsClass_Unfixed_AcceptsForeignIssuer()
    {
        using var app = Compile(Unfixed.Code(OptionsClass));
        var parameters = app.Parameters("Startup", "Configure", Settings());
        Assert.True((await ValidateAsync(parameters, Token(ForeignIssuer, Audience, Key), Key)).IsValid);
    }
}
