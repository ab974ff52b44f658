using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>
/// TVA1001/TVA1002 fixes inside a configuration site that is one of several (Configure&lt;T&gt;, PostConfigure, ConfigureAll,
/// OptionsBuilder, options classes): the removed switch leaves a value read from configuration unless another site supplies one.
/// </summary>
public class ValidationSwitchSiteFixTests
{
    private const string ReadIssuer = $$"""configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured")""";
    private const string ReadAudience = $$"""configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync(source, fixedSource);

    private static string InRegister(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Register(IServiceCollection services, IConfiguration configuration)
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task ConfigureNamedLambda_Fix_AddsValidIssuer() => VerifyFix(InRegister("""
                services.AddAuthentication().AddJwtBearer("Api");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|};
                    o.Audience = "api";
                });
        """), InRegister($$"""
                services.AddAuthentication().AddJwtBearer("Api");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
                    o.Audience = "api";
                });
        """));

    [Fact]
    public Task PostConfigureLambda_Fix_AddsValidAudience() => VerifyFix(InRegister("""
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    o.Authority = "https://login.example.com";
                    {|TVA1002:o.TokenValidationParameters.ValidateAudience = false|};
                });
        """), InRegister($$"""
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    o.Authority = "https://login.example.com";
                    o.TokenValidationParameters.ValidAudience = {{ReadAudience}};
                });
        """));

    [Fact]
    public Task ConfigureAllNewParameters_Fix_AddsValidIssuer() => VerifyFix(InRegister("""
                services.ConfigureAll<OpenIdConnectOptions>(o => o.TokenValidationParameters = new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|},
                    ValidAudience = "api",
                });
        """), InRegister($$"""
                services.ConfigureAll<OpenIdConnectOptions>(o => o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = {{ReadIssuer}},
                    ValidAudience = "api",
                });
        """));

    [Fact]
    public Task OptionsBuilderConfigure_Fix_AddsValidIssuer() => VerifyFix(InRegister("""
                services.AddOptions<JwtBearerOptions>("Api").Configure(o =>
                {
                    o.Audience = "api";
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|};
                });
        """), InRegister($$"""
                services.AddOptions<JwtBearerOptions>("Api").Configure(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
                });
        """));

    [Fact]
    public Task AuthorityInAddJwtBearerOfSameScheme_Fix_OnlyRemovesSwitch() => VerifyFix(InRegister("""
                services.AddAuthentication().AddJwtBearer("Api", o => o.Authority = "https://login.example.com");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|};
                    o.Audience = "api";
                });
        """), InRegister("""
                services.AddAuthentication().AddJwtBearer("Api", o => o.Authority = "https://login.example.com");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.Audience = "api";
                });
        """));

    [Fact]
    public Task AuthorityInAddJwtBearerOfOtherScheme_Fix_AddsValidIssuer() => VerifyFix(InRegister("""
                services.AddAuthentication().AddJwtBearer("Other", o => o.Authority = "https://login.example.com");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|};
                    o.Audience = "api";
                });
        """), InRegister($$"""
                services.AddAuthentication().AddJwtBearer("Other", o => o.Authority = "https://login.example.com");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
                    o.Audience = "api";
                });
        """));

    [Fact]
    public Task BindingSiteOfSameOptions_Fix_OnlyRemovesSwitch() => VerifyFix(InRegister("""
                services.AddOptions<JwtBearerOptions>("Api").BindConfiguration("Authentication:Api");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    {|TVA1002:o.TokenValidationParameters.ValidateAudience = false|};
                    o.Authority = "https://login.example.com";
                });
        """), InRegister("""
                services.AddOptions<JwtBearerOptions>("Api").BindConfiguration("Authentication:Api");
                services.Configure<JwtBearerOptions>("Api", o =>
                {
                    o.Authority = "https://login.example.com";
                });
        """));

    [Fact]
    public Task OtherSiteWithoutAudience_Fix_AddsValidAudience() => VerifyFix(InRegister("""
                services.AddAuthentication().AddJwtBearer("Api", o => o.Authority = "https://login.example.com");
                services.Configure<JwtBearerOptions>("Api", o => {|TVA1002:o.TokenValidationParameters.ValidateAudience = false|});
        """), InRegister($$"""
                services.AddAuthentication().AddJwtBearer("Api", o => o.Authority = "https://login.example.com");
                services.Configure<JwtBearerOptions>("Api", o => o.TokenValidationParameters.ValidAudience = {{ReadAudience}});
        """));

    [Fact]
    public Task AddJwtBearerWithoutAuthority_Fix_AddsValidIssuer() => VerifyFix(InRegister("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|};
                });
        """), InRegister($$"""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
                });
        """));

    [Fact]
    public Task AddJwtBearerWithAuthorityInConfigure_Fix_OnlyRemovesSwitch() => VerifyFix(InRegister("""
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Authority = "https://login.example.com");
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters { {|TVA1001:ValidateIssuer = false|} };
                });
        """), InRegister("""
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.Authority = "https://login.example.com");
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Audience = "api";
                    o.TokenValidationParameters = new TokenValidationParameters();
                });
        """));

    private static string OptionsClass(string interfaceName, string method, string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;
        sealed class ConfigureBearer : {{interfaceName}}
        {
            private readonly IConfiguration configuration;

            public ConfigureBearer(IConfiguration configuration) => this.configuration = configuration;

            {{method}}
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public Task ConfigureNamedOptionsClass_Fix_AddsValidIssuer() => VerifyFix(
        OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", "public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);\n\n    public void Configure(string? name, JwtBearerOptions options)", """
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
        """),
        OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", "public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);\n\n    public void Configure(string? name, JwtBearerOptions options)", $$"""
                options.Audience = "api";
                options.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
        """));

    [Fact]
    public Task ConfigureOptionsClass_Fix_AddsValidAudience() => VerifyFix(
        OptionsClass("IConfigureOptions<OpenIdConnectOptions>", "public void Configure(OpenIdConnectOptions options)", """
                options.Authority = "https://login.example.com";
                options.TokenValidationParameters = new TokenValidationParameters { {|TVA1002:ValidateAudience = false|} };
        """),
        OptionsClass("IConfigureOptions<OpenIdConnectOptions>", "public void Configure(OpenIdConnectOptions options)", $$"""
                options.Authority = "https://login.example.com";
                options.TokenValidationParameters = new TokenValidationParameters { ValidAudience = {{ReadAudience}} };
        """));

    [Fact]
    public Task PostConfigureOptionsClass_Fix_AddsValidIssuer() => VerifyFix(
        OptionsClass("IPostConfigureOptions<JwtBearerOptions>", "public void PostConfigure(string? name, JwtBearerOptions options)", """
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
        """),
        OptionsClass("IPostConfigureOptions<JwtBearerOptions>", "public void PostConfigure(string? name, JwtBearerOptions options)", $$"""
                options.Audience = "api";
                options.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
        """));

    [Fact]
    public Task OptionsClassWithAuthorityInAddJwtBearer_Fix_OnlyRemovesSwitch() => VerifyFix(
        OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", "public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);\n\n    public void Configure(string? name, JwtBearerOptions options)", """
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
        """) + """

        static class Startup
        {
            public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.JwtBearerExtensions.AddJwtBearer(
                    Microsoft.Extensions.DependencyInjection.AuthenticationServiceCollectionExtensions.AddAuthentication(services),
                    o => o.Authority = "https://login.example.com");
        }
        """,
        OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", "public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);\n\n    public void Configure(string? name, JwtBearerOptions options)", """
                options.Audience = "api";
        """) + """

        static class Startup
        {
            public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.JwtBearerExtensions.AddJwtBearer(
                    Microsoft.Extensions.DependencyInjection.AuthenticationServiceCollectionExtensions.AddAuthentication(services),
                    o => o.Authority = "https://login.example.com");
        }
        """);

    private const string AudienceOptionsClass = """

        sealed class AudienceOnly : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

            public void Configure(string? name, JwtBearerOptions options) => options.Audience = "api";
        }
        """;

    [Fact]
    public Task OptionsClassForwardingToNamedConfigureWithoutIssuer_Fix_AddsValidIssuer() => VerifyFix(InRegister("""
                services.Configure<JwtBearerOptions>("Api", o => {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|});
        """).Replace("using Microsoft.IdentityModel.Tokens;", "using Microsoft.Extensions.Options;\nusing Microsoft.IdentityModel.Tokens;") + AudienceOptionsClass,
        InRegister($$"""
                services.Configure<JwtBearerOptions>("Api", o => o.TokenValidationParameters.ValidIssuer = {{ReadIssuer}});
        """).Replace("using Microsoft.IdentityModel.Tokens;", "using Microsoft.Extensions.Options;\nusing Microsoft.IdentityModel.Tokens;") + AudienceOptionsClass);

    [Fact]
    public Task IdentityWebOfSameOptions_Fix_OnlyRemovesSwitch() => VerifyFix(InRegister("""
                services.AddAuthentication().AddMicrosoftIdentityWebApi(configuration);
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => {|TVA1001:o.TokenValidationParameters.ValidateIssuer = false|});
        """).Replace("using Microsoft.IdentityModel.Tokens;", "using Microsoft.Identity.Web;\nusing Microsoft.IdentityModel.Tokens;"),
        InRegister("""
                services.AddAuthentication().AddMicrosoftIdentityWebApi(configuration);
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => { });
        """).Replace("using Microsoft.IdentityModel.Tokens;", "using Microsoft.Identity.Web;\nusing Microsoft.IdentityModel.Tokens;"));

    private const string PartnersOnly = "public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);\n\n    public void Configure(string? name, JwtBearerOptions options)";

    private static string WithBearerAuthority(string optionsClass, string scheme) => optionsClass + $$"""

        static class Startup
        {
            public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.JwtBearerExtensions.AddJwtBearer(
                    Microsoft.Extensions.DependencyInjection.AuthenticationServiceCollectionExtensions.AddAuthentication(services),
                    {{scheme}}, o => o.Authority = "https://login.example.com");
        }
        """;

    [Theory]
    [InlineData("if (name != \"Partners\") return;")]
    [InlineData("if (\"Partners\" != name) { return; }")]
    public Task OptionsClassForOneScheme_AuthorityOnAnotherScheme_Fix_AddsValidIssuer(string guard) => VerifyFix(
        WithBearerAuthority(OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", PartnersOnly, $$"""
                {{guard}}
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
        """), "JwtBearerDefaults.AuthenticationScheme"),
        WithBearerAuthority(OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", PartnersOnly, $$"""
                {{guard}}
                options.Audience = "api";
                options.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
        """), "JwtBearerDefaults.AuthenticationScheme"));

    [Fact]
    public Task OptionsClassForOneScheme_WholeBodyGuarded_AuthorityOnAnotherScheme_Fix_AddsValidIssuer() => VerifyFix(
        WithBearerAuthority(OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", PartnersOnly, """
                if (name == "Partners")
                {
                    options.Audience = "api";
                    {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
                }
        """), "JwtBearerDefaults.AuthenticationScheme"),
        WithBearerAuthority(OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", PartnersOnly, $$"""
                if (name == "Partners")
                {
                    options.Audience = "api";
                    options.TokenValidationParameters.ValidIssuer = {{ReadIssuer}};
                }
        """), "JwtBearerDefaults.AuthenticationScheme"));

    [Fact]
    public Task OptionsClassForOneScheme_AuthorityOnThatScheme_Fix_OnlyRemovesSwitch() => VerifyFix(
        WithBearerAuthority(OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", PartnersOnly, """
                if (name != "Partners") return;
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
        """), "\"Partners\""),
        WithBearerAuthority(OptionsClass("IConfigureNamedOptions<JwtBearerOptions>", PartnersOnly, """
                if (name != "Partners") return;
                options.Audience = "api";
        """), "\"Partners\""));
}
