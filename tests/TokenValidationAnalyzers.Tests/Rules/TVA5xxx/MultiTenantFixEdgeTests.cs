using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002 fix: existing switch-offs and checks, replaced parameters, and shapes the fix does not edit.</summary>
public class MultiTenantFixEdgeTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task ChecksPresentButIssuerValidationOff_Fix_OnlyRemovesSwitchOff() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    jwt.TokenValidationParameters.ValidateIssuer = false;
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    jwt.Authority = "https://login.microsoftonline.com/common/v2.0";
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task SwitchOffIsLastStatement_Fix_RemovesSwitchOff() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    jwt.TokenValidationParameters.ValidateIssuer = false;
                });
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    jwt.Authority = "https://login.microsoftonline.com/common/v2.0";
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task ValidateIssuerFalseInReplacedParameters_Fix_RemovesSwitchOff() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    jwt.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://my-api",
                        ValidateIssuer = false,
                    };
                });
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    jwt.Authority = "https://login.microsoftonline.com/common/v2.0";
                    jwt.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://my-api",
                    };
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task ParametersReplacedAfterAuthority_Fix_AddsChecksOnce() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    jwt.TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                });
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    jwt.Authority = "https://login.microsoftonline.com/common/v2.0";
                    jwt.TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task ExpressionBodiedLambda_NoFix() => Verify<HostingRuleSet, HostingCodeFixProvider>.NoCodeFixAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt => {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/common/v2.0"|});
            }
        }
        """);

    [Fact]
    public Task OptionsInitializer_NoFix() => Verify<HostingRuleSet, HostingCodeFixProvider>.NoCodeFixAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        static class Factory
        {
            public static JwtBearerOptions Create() => new JwtBearerOptions
            {
                {|TVA5002:Authority = "https://login.microsoftonline.com/common/v2.0"|},
            };
        }
        """);
}
