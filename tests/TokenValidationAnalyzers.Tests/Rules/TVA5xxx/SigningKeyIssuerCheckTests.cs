using TokenValidationAnalyzers.CodeFixes.Rules.TVA5xxx;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5005: EnableAadSigningKeyIssuerValidation() that cannot take effect, and the fix that moves it.</summary>
public class SigningKeyIssuerCheckTests
{
    private const string Header = """
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;
        using Microsoft.IdentityModel.Validators;
        static class Startup
        {
            public static void Register(IServiceCollection services, SecurityKey key)
            {
        """;

    private const string Footer = """

            }
        }
        """;

    private static Task VerifyRegistration(string body) => Verify<HostingRuleSet>.AnalyzerAsync(Header + "\n" + body + Footer);

    private static Task VerifyFix(string body, string fixedBody)
        => Verify<HostingRuleSet, HostingCodeFixProvider>.CodeFixAsync(Header + "\n" + body + Footer, Header + "\n" + fixedBody + Footer);

    [Fact]
    public Task CallThenParametersReplaced_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
                    options.TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                });
        """);

    [Fact]
    public Task CallThenParametersReplaced_Fix_MovesCallAfterReplacement() => VerifyFix("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://my-api",
                    };
                    options.Audience = "api://my-api";
                });
        """, """
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidAudience = "api://my-api",
                    };
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    options.Audience = "api://my-api";
                });
        """);

    [Fact]
    public Task CallAfterParametersReplaced_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task CallThenKeyValidatorReassigned_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
                    options.TokenValidationParameters.IssuerSigningKeyValidatorUsingConfiguration = (signingKey, token, parameters, configuration) => signingKey.KeySize >= 2048;
                });
        """);

    [Fact]
    public Task CallThenKeyValidatorReassigned_Fix_MovesCallAfterValidator() => VerifyFix("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
                    options.TokenValidationParameters.IssuerSigningKeyValidatorUsingConfiguration = (signingKey, token, parameters, configuration) => signingKey.KeySize >= 2048;
                });
        """, """
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.IssuerSigningKeyValidatorUsingConfiguration = (signingKey, token, parameters, configuration) => signingKey.KeySize >= 2048;
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task KeyValidatorBeforeCall_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.IssuerSigningKeyValidatorUsingConfiguration = (signingKey, token, parameters, configuration) => signingKey.KeySize >= 2048;
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task OnlyIssuerSigningKeyValidatorReassigned_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                    options.TokenValidationParameters.IssuerSigningKeyValidator = (signingKey, token, parameters) => signingKey.KeySize >= 2048;
                });
        """);

    [Fact]
    public Task StandaloneParametersWithHandFedKey_Reports() => VerifyRegistration("""
                var parameters = new TokenValidationParameters
                {
                    IssuerSigningKey = key,
                    ValidIssuer = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0",
                    ValidAudience = "api://my-api",
                };
                parameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
        """);

    [Fact]
    public Task StandaloneParametersWithHandFedKeys_Reports() => VerifyRegistration("""
                var parameters = new TokenValidationParameters { IssuerSigningKeys = new[] { key }, ValidAudience = "api://my-api" };
                parameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
        """);

    [Fact]
    public Task StandaloneParametersWithHandFedKey_NoFix() => Verify<HostingRuleSet, HostingCodeFixProvider>.NoCodeFixAsync(Header + "\n" + """
                var parameters = new TokenValidationParameters { IssuerSigningKey = key, ValidAudience = "api://my-api" };
                parameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
        """ + Footer);

    [Fact]
    public Task HandFedKeyWithoutAuthorityOnOptions_Reports() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.TokenValidationParameters.IssuerSigningKey = key;
                    options.TokenValidationParameters.{|TVA5005:EnableAadSigningKeyIssuerValidation|}();
                });
        """);

    [Fact]
    public Task HandFedKeyWithAuthorityOnOptions_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.Authority = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0";
                    options.TokenValidationParameters.IssuerSigningKey = key;
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task HandFedKeyWithMetadataAddressOnOptions_DoesNotReport() => VerifyRegistration("""
                services.AddAuthentication().AddOpenIdConnect(options =>
                {
                    options.MetadataAddress = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/.well-known/openid-configuration";
                    options.TokenValidationParameters = new TokenValidationParameters { IssuerSigningKey = key };
                    options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();
                });
        """);

    [Fact]
    public Task StandaloneParametersWithoutKeys_DoesNotReport() => VerifyRegistration("""
                var parameters = new TokenValidationParameters { ValidAudience = "api://my-api" };
                parameters.EnableAadSigningKeyIssuerValidation();
        """);

    [Fact]
    public Task StandaloneParametersPassedToUnknownMethod_DoesNotReport() => VerifyRegistration("""
                var parameters = new TokenValidationParameters { IssuerSigningKey = key };
                parameters.EnableAadSigningKeyIssuerValidation();
                Helpers.AddConfigurationManager(parameters);
            }
        }
        static class Helpers
        {
            public static void AddConfigurationManager(TokenValidationParameters parameters)
            {
        """);
}
