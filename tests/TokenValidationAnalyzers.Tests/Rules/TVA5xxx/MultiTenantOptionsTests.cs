using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002: what the options do about a multi-tenant authority (issuer validator, signing-key check), and Identity.Web.</summary>
public class MultiTenantOptionsTests
{
    private static Task VerifyRegistration(string body) => Verify<HostingRuleSet>.AnalyzerAsync($$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.AspNetCore.Authentication.OpenIdConnect;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
        {{body}}
            }
        }
        """);

    private static Task VerifyIdentityWeb(string body, string? json)
    {
        var test = new Verify<HostingRuleSet>.Test();
        test.TestState.Sources.Add($$"""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.AspNetCore.Authentication.OpenIdConnect;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Identity.Web;
            static class Startup
            {
                public static void Register(WebApplicationBuilder builder, IServiceCollection services, IConfiguration configuration)
                {
            {{body}}
                }
            }
            """);
        if (json is not null)
        {
            test.TestState.AdditionalFiles.Add(("appsettings.json", json));
        }

        return test.RunAsync();
    }

    private const string OrganizationsJson = """
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "organizations",
            "ClientId": "11111111-2222-3333-4444-555555555555"
          }
        }
        """;

    private const string SingleTenantJson = """
        {
          "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "ClientId": "11111111-2222-3333-4444-555555555555"
          }
        }
        """;

    [Fact]
    public Task AddJwtBearerWithoutChecks_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    o.Audience = "api://my-api";
                });
        """);

    [Fact]
    public Task AddJwtBearerWithValidatorAndSigningKeyCheck_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.microsoftonline.com/organizations/v2.0";
                    o.Audience = "api://my-api";
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task AddJwtBearerReplacedParametersBeforeAuthority_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://my-api",
                        IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common/v2.0").Validate,
                    };
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                });
        """);

    [Fact]
    public Task AddJwtBearerChecksAfterReplacementMemberChain_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                    o.TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task AddJwtBearerChecksThenParametersReplaced_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
                    o.TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                });
        """);

    [Fact]
    public Task AddJwtBearerChecksBeforeAuthority_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common/v2.0").Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                });
        """);

    [Fact]
    public Task AddJwtBearerOnlyValidator_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                });
        """);

    [Fact]
    public Task AddJwtBearerOnlySigningKeyCheck_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/organizations/v2.0"|};
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task AddJwtBearerBothChecksButIssuerValidationOff_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    o.TokenValidationParameters.ValidateIssuer = false;
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task IssuerValidationOffInProductionOnly_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") != "Development")
                    {
                        o.TokenValidationParameters.ValidateIssuer = false;
                    }
                });
        """);

    [Fact]
    public Task IssuerValidationOffInDevelopmentOnly_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    if (Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") == "Development")
                    {
                        o.TokenValidationParameters.ValidateIssuer = false;
                    }
                });
        """);

    [Fact]
    public Task AddJwtBearerChecksThroughAlias_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                    var tvp = o.TokenValidationParameters;
                    tvp.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    tvp.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task AddJwtBearerChecksOnReplacedParameters_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                    o.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://my-api",
                        IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/common/v2.0").Validate,
                    };
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task AddOpenIdConnectWithoutChecks_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/common/v2.0"|};
                    o.ClientId = "11111111-2222-3333-4444-555555555555";
                });
        """);

    [Fact]
    public Task AddOpenIdConnectWithValidatorAndSigningKeyCheck_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    o.Authority = "https://login.microsoftonline.com/common/v2.0";
                    o.ClientId = "11111111-2222-3333-4444-555555555555";
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(o.Authority).Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task AddOpenIdConnectOnlySigningKeyCheck_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect("aad", o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/consumers/v2.0"|};
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task MetadataAddressWithoutChecks_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(o =>
                {
                    {|TVA5002:o.MetadataAddress = "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration"|};
                });
        """);

    [Fact]
    public Task MetadataAddressWithChecks_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(o =>
                {
                    o.MetadataAddress = "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration";
                    o.TokenValidationParameters.IssuerValidator = AadIssuerValidator.GetAadIssuerValidator("https://login.microsoftonline.com/organizations/v2.0").Validate;
                    o.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task OptionsInitializerWithoutChecks_Reports() => Verify<HostingRuleSet>.AnalyzerAsync("""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        static class Factory
        {
            public static JwtBearerOptions Create() => new JwtBearerOptions
            {
                {|TVA5002:Authority = "https://login.microsoftonline.com/common/v2.0"|},
                Audience = "api://my-api",
            };
        }
        """);

    [Fact]
    public Task WebAppSectionOrganizations_Reports() => VerifyIdentityWeb("""
                builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .{|TVA5002:AddMicrosoftIdentityWebApp|}(builder.Configuration.GetSection("AzureAd"));
        """, OrganizationsJson);

    [Fact]
    public Task WebAppConfigurationDefaultSection_Reports() => VerifyIdentityWeb("""
                services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration);
        """, OrganizationsJson);

    [Fact]
    public Task WebAppNamedSection_Reports() => VerifyIdentityWeb("""
                services.AddAuthentication().{|TVA5002:AddMicrosoftIdentityWebApp|}(configuration, "Entra");
        """, """{"Entra":{"TenantId":"common","ClientId":"11111111-2222-3333-4444-555555555555"}}""");

    [Fact]
    public Task ServiceCollectionWebAppAuthentication_Reports() => VerifyIdentityWeb("""
                services.{|TVA5002:AddMicrosoftIdentityWebAppAuthentication|}(configuration);
        """, OrganizationsJson);

    [Fact]
    public Task WebAppTenantOnlyInDevelopmentSettings_DoesNotReport()
    {
        var test = new Verify<HostingRuleSet>.Test();
        test.TestState.Sources.Add("""
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Identity.Web;
            static class Startup
            {
                public static void Register(IServiceCollection services, IConfiguration configuration)
                    => services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
            }
            """);
        test.TestState.AdditionalFiles.Add(("appsettings.Development.json", OrganizationsJson));
        return test.RunAsync();
    }

    [Fact]
    public Task WebAppSingleTenant_DoesNotReport() => VerifyIdentityWeb("""
                builder.Services.AddAuthentication(OpenIdConnectDefaults.AuthenticationScheme)
                    .AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"));
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration);
        """, SingleTenantJson);

    [Fact]
    public Task WebAppOtherSection_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("Other"));
        """, OrganizationsJson);

    [Fact]
    public Task WebAppWithoutAppSettings_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
        """, null);

    [Fact]
    public Task WebAppNonEntraInstance_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication().AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"));
        """, """{"AzureAd":{"Instance":"https://login.example.com/","TenantId":"organizations"}}""");

    [Fact]
    public Task WebApiMultiTenant_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(configuration);
                builder.Services.AddAuthentication().AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"));
        """, OrganizationsJson);

    [Fact]
    public Task WebApiIssuerValidationOff_Reports() => VerifyIdentityWeb("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).{|TVA5002:AddMicrosoftIdentityWebApi|}(
                    o => { o.TokenValidationParameters.ValidateIssuer = false; },
                    m => { configuration.Bind("AzureAd", m); });
        """, OrganizationsJson);

    [Fact]
    public Task WebApiIssuerValidationOffSingleTenant_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
                    o => { o.TokenValidationParameters.ValidateIssuer = false; },
                    m => { configuration.Bind("AzureAd", m); });
        """, SingleTenantJson);

    [Fact]
    public Task WebApiIssuerValidationOn_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
                    o => { o.TokenValidationParameters.ValidateAudience = true; },
                    m => { configuration.Bind("AzureAd", m); });
        """, OrganizationsJson);

    [Fact]
    public Task WebApiIssuerValidationOffInProduction_Reports() => VerifyIdentityWeb("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).{|TVA5002:AddMicrosoftIdentityWebApi|}(
                    o => { o.TokenValidationParameters.ValidateIssuer = builder.Environment.IsDevelopment(); },
                    m => { configuration.Bind("AzureAd", m); });
        """, OrganizationsJson);

    [Fact]
    public Task WebApiIssuerValidationOffInDevelopmentOnly_DoesNotReport() => VerifyIdentityWeb("""
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddMicrosoftIdentityWebApi(
                    o => { o.TokenValidationParameters.ValidateIssuer = !builder.Environment.IsDevelopment(); },
                    m => { configuration.Bind("AzureAd", m); });
        """, OrganizationsJson);
}
