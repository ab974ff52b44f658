using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA1xxx;

/// <summary>
/// In a class that DI creates (options classes, controllers, registered services) without an <c>IConfiguration</c> in scope,
/// the fix injects one through the constructor; other classes and static members keep the environment variable.
/// </summary>
public class ConfigurationInjectionFixTests
{
    private const string ReadIssuerFromEnvironment
        = """Environment.GetEnvironmentVariable("JWT_ISSUER") ?? throw new InvalidOperationException("JWT_ISSUER is not configured")""";

    private static Task VerifyFix(string source, string fixedSource)
        => Verify<ValidationSwitchRuleSet, ValidationSwitchCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task OptionsClassWithoutConstructor_Fix_AddsFieldAndConstructor() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;

        sealed class ConfigureBearer : IConfigureNamedOptions<JwtBearerOptions>
        {
            public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

            public void Configure(string? name, JwtBearerOptions options)
            {
                options.Audience = "api";
                {|TVA1001:options.TokenValidationParameters.ValidateIssuer = false|};
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;

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
        """);

    [Fact]
    public Task ControllerWithPrimaryConstructor_FixAll_AddsParameterOnce() => VerifyFix("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;

        public sealed class TokenController(ILogger<TokenController> logger) : ControllerBase
        {
            private TokenValidationParameters Parameters() => new TokenValidationParameters
            {
                {|TVA1001:ValidateIssuer = false|},
                {|TVA1002:ValidateAudience = false|},
            };
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;

        public sealed class TokenController(ILogger<TokenController> logger, IConfiguration configuration) : ControllerBase
        {
            private TokenValidationParameters Parameters() => new TokenValidationParameters
            {
                ValidIssuer = configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
                ValidAudience = configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured"),
            };
        }
        """);

    [Fact]
    public Task RegisteredServiceWithConstructor_Fix_AddsParameterAndField() => VerifyFix("""
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;

        public interface IParametersFactory { TokenValidationParameters Create(); }

        public sealed class ParametersFactory : IParametersFactory
        {
            private readonly ILogger _logger;

            public ParametersFactory(ILogger<ParametersFactory> logger)
            {
                _logger = logger;
            }

            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidAudience = "api",
                {|TVA1001:ValidateIssuer = false|},
            };
        }

        public static class Registration
        {
            public static void Register(IServiceCollection services) => services.AddSingleton<IParametersFactory, ParametersFactory>();
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;
        using Microsoft.IdentityModel.Tokens;

        public interface IParametersFactory { TokenValidationParameters Create(); }

        public sealed class ParametersFactory : IParametersFactory
        {
            private readonly ILogger _logger;
            private readonly IConfiguration _configuration;

            public ParametersFactory(ILogger<ParametersFactory> logger, IConfiguration configuration)
            {
                _configuration = configuration;
                _logger = logger;
            }

            public TokenValidationParameters Create() => new TokenValidationParameters
            {
                ValidAudience = "api",
                ValidIssuer = _configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
            };
        }

        public static class Registration
        {
            public static void Register(IServiceCollection services) => services.AddSingleton<IParametersFactory, ParametersFactory>();
        }
        """);

    [Fact]
    public Task ApiControllerAttributeWithExpressionBodiedConstructor_Fix_AddsParameterAndAssignment() => VerifyFix("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.IdentityModel.Tokens;

        [ApiController]
        public sealed class TokenEndpoint
        {
            private readonly string _name;

            public TokenEndpoint(string name) => _name = name;

            public TokenValidationParameters Parameters() => new TokenValidationParameters { ValidAudience = _name, {|TVA1001:ValidateIssuer = false|} };
        }
        """, """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;

        [ApiController]
        public sealed class TokenEndpoint
        {
            private readonly string _name;
            private readonly IConfiguration _configuration;

            public TokenEndpoint(string name, IConfiguration configuration)
            {
                _configuration = configuration;
                _name = name;
            }

            public TokenValidationParameters Parameters() => new TokenValidationParameters { ValidAudience = _name, ValidIssuer = _configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured") };
        }
        """);

    [Fact]
    public Task ServiceRegisteredAsImplementationOnly_Fix_InjectsConfiguration() => VerifyFix("""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        public sealed class ParametersFactory
        {
            public TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|} };
        }

        public static class Registration
        {
            public static void Register(IServiceCollection services) => services.AddScoped<ParametersFactory>();
        }
        """, """
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        public sealed class ParametersFactory
        {
            private readonly IConfiguration _configuration;

            public ParametersFactory(IConfiguration configuration) => _configuration = configuration;

            public TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", ValidIssuer = _configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured") };
        }

        public static class Registration
        {
            public static void Register(IServiceCollection services) => services.AddScoped<ParametersFactory>();
        }
        """);

    private static string NotInjectable(string declarations, string member) => $$"""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        {{declarations}}
        {
            public TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", {{member}} };
        }
        """;

    [Theory]
    [InlineData("public sealed class NotRegistered")]
    [InlineData("public sealed class Factory(IServiceProvider services)")]
    [InlineData("public sealed class Registered { public static void Register(IServiceCollection s) => s.AddSingleton<Registered>(_ => new Registered()); }\npublic sealed class Other")]
    [InlineData("public sealed class TwoConstructors : ControllerBase\n{\n    public TwoConstructors() { }\n\n    public TwoConstructors(int size) { }\n}\npublic sealed class Other")]
    public Task ClassDiDoesNotCreate_Fix_ReadsEnvironmentVariable(string declarations) => VerifyFix(
        NotInjectable(declarations, "{|TVA1001:ValidateIssuer = false|}"),
        NotInjectable(declarations, $"ValidIssuer = {ReadIssuerFromEnvironment}"));

    [Fact]
    public Task SeveralConstructorsInController_Fix_ReadsEnvironmentVariable() => VerifyFix("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.IdentityModel.Tokens;

        public sealed class TokenController : ControllerBase
        {
            public TokenController() { }

            public TokenController(int size) { }

            public TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|} };
        }
        """, $$"""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.IdentityModel.Tokens;

        public sealed class TokenController : ControllerBase
        {
            public TokenController() { }

            public TokenController(int size) { }

            public TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", ValidIssuer = {{ReadIssuerFromEnvironment}} };
        }
        """);

    [Fact]
    public Task StaticMemberOfController_Fix_ReadsEnvironmentVariable() => VerifyFix("""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.IdentityModel.Tokens;

        public sealed class TokenController : ControllerBase
        {
            public static TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", {|TVA1001:ValidateIssuer = false|} };
        }
        """, $$"""
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.IdentityModel.Tokens;

        public sealed class TokenController : ControllerBase
        {
            public static TokenValidationParameters Create() => new TokenValidationParameters { ValidAudience = "api", ValidIssuer = {{ReadIssuerFromEnvironment}} };
        }
        """);

    [Fact]
    public Task TwoValuesInOptionsClass_FixAll_AddsFieldAndConstructorOnce() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;

        sealed class ConfigureOidc : IConfigureOptions<OpenIdConnectOptions>
        {
            private const string Scheme = "oidc";

            public void Configure(OpenIdConnectOptions options)
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    {|TVA1001:ValidateIssuer = false|},
                    {|TVA1002:ValidateAudience = false|},
                };
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.Options;
        using Microsoft.IdentityModel.Tokens;

        sealed class ConfigureOidc : IConfigureOptions<OpenIdConnectOptions>
        {
            private const string Scheme = "oidc";
            private readonly IConfiguration _configuration;

            public ConfigureOidc(IConfiguration configuration) => _configuration = configuration;

            public void Configure(OpenIdConnectOptions options)
            {
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = _configuration["Jwt:Issuer"] ?? throw new InvalidOperationException("Jwt:Issuer is not configured"),
                    ValidAudience = _configuration["Jwt:Audience"] ?? throw new InvalidOperationException("Jwt:Audience is not configured"),
                };
            }
        }
        """);
}
