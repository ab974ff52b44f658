using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002 fix: the Entra issuer validator and the signing-key issuer check are appended to the options lambda.</summary>
public class MultiTenantFixTests
{
    private static Task VerifyFix(string source, string fixedSource)
        => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync(source, fixedSource);

    [Fact]
    public Task AddJwtBearerBlock_Fix_AddsValidatorSigningKeyCheckAndUsing() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    jwt.Audience = "api://my-api";
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
                    jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0";
                    jwt.Audience = "api://my-api";
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task ValidateIssuerFalse_Fix_RemovesSwitchOff() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    jwt.TokenValidationParameters.ValidateIssuer = false;
                    jwt.Audience = "api://my-api";
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
                    jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0";
                    jwt.Audience = "api://my-api";
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task OnlySigningKeyCheckMissing_Fix_AddsOnlyTheCall() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
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
                    jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0";
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task OnlyValidatorMissing_Fix_AddsOnlyTheValidator() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddOpenIdConnect(oidc =>
                {
                    {|TVA5002:oidc.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    oidc.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """, """
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddOpenIdConnect(oidc =>
                {
                    oidc.Authority = "https://login.microsoftonline.com/common/v2.0";
                    oidc.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    oidc.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(oidc.Authority).Validate;
                });
            }
        }
        """);

    [Fact]
    public Task MetadataAddress_Fix_UsesAuthorityOfTheAddress() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication().AddJwtBearer(jwt =>
                {
                    {|TVA5002:jwt.MetadataAddress = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"|};
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
                    jwt.MetadataAddress = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
                    jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common/v2.0").Validate;
                    jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
            }
        }
        """);

    [Fact]
    public Task TwoSchemes_FixAll_FixesBothAndAddsOneUsing() => VerifyFix("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication()
                    .AddJwtBearer("Work", jwt =>
                    {
                        {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    })
                    .AddJwtBearer("Personal", jwt =>
                    {
                        {|TVA5002:jwt.Authority = "https://login.microsoftonline.com/consumers/v2.0"|};
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
                services.AddAuthentication()
                    .AddJwtBearer("Work", jwt =>
                    {
                        jwt.Authority = "https://login.microsoftonline.com/organizations/v2.0";
                        jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                        jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    })
                    .AddJwtBearer("Personal", jwt =>
                    {
                        jwt.Authority = "https://login.microsoftonline.com/consumers/v2.0";
                        jwt.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(jwt.Authority).Validate;
                        jwt.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    });
            }
        }
        """);
}
