using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002: which authority values are multi-tenant Entra ID (literals, constants, interpolations, appsettings).</summary>
public class MultiTenantAuthorityTests
{
    private static string Registration(string body) => $$"""
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            const string Instance = "https://login.microsoftonline.com/";
            const string Tenant = "organizations";
            const string SingleTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
            const string CommonAuthority = "https://login.microsoftonline.com/common/v2.0";

            public static void Register(IServiceCollection services, IConfiguration config)
            {
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
                {
        {{body}}
                    o.Audience = "api://my-api";
                });
            }
        }
        """;

    private static Task VerifyAuthority(string assignment) => Verify<HostingRuleSet>.AnalyzerAsync(Registration(assignment));

    private static Task VerifyWithSettings(string body, params (string Name, string Json)[] files)
    {
        var test = new Verify<HostingRuleSet>.Test();
        test.TestState.Sources.Add(Registration(body));
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file.Name, file.Json));
        }

        return test.RunAsync();
    }

    private const string CommonJson = """{"Jwt":{"Authority":"https://login.microsoftonline.com/common/v2.0"}}""";

    [Theory]
    [InlineData("https://login.microsoftonline.com/common")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://login.microsoftonline.com/organizations")]
    [InlineData("https://login.microsoftonline.com/organizations/v2.0")]
    [InlineData("https://login.microsoftonline.com/consumers")]
    [InlineData("https://login.microsoftonline.com/consumers/v2.0")]
    [InlineData("https://login.microsoftonline.com/common/")]
    [InlineData("https://login.microsoftonline.com/COMMON/v2.0")]
    [InlineData("https://login.microsoftonline.com/Organizations/v2.0")]
    [InlineData("https://LOGIN.MICROSOFTONLINE.COM/CONSUMERS")]
    [InlineData("https://login.windows.net/common")]
    [InlineData("https://login.windows.net/organizations/v2.0")]
    [InlineData("https://sts.windows.net/common/")]
    [InlineData("https://sts.windows.net/consumers")]
    public Task MultiTenantLiteral_Reports(string authority)
        => VerifyAuthority($$"""            {|TVA5002:o.Authority = "{{authority}}"|};""");

    [Theory]
    [InlineData("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0")]
    [InlineData("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47")]
    [InlineData("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0")]
    [InlineData("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/")]
    [InlineData("https://login.windows.net/contoso.onmicrosoft.com")]
    [InlineData("https://login.example.com/common/v2.0")]
    [InlineData("https://contoso.b2clogin.com/organizations/v2.0")]
    [InlineData("https://login.microsoftonline.com/commonwealth/v2.0")]
    [InlineData("https://login.microsoftonline.com/")]
    public Task SingleTenantOrOtherHostLiteral_DoesNotReport(string authority)
        => VerifyAuthority($$"""            o.Authority = "{{authority}}";""");

    [Fact]
    public Task ConstField_Reports() => VerifyAuthority("""
                    {|TVA5002:o.Authority = CommonAuthority|};
        """);

    [Fact]
    public Task InterpolationOfConstants_Reports() => VerifyAuthority("""
                    {|TVA5002:o.Authority = $"{Instance}{Tenant}/v2.0"|};
        """);

    [Fact]
    public Task InterpolationOfSingleTenantConstants_DoesNotReport() => VerifyAuthority("""
                    o.Authority = $"{Instance}{SingleTenant}/v2.0";
        """);

    [Fact]
    public Task ConcatenationOfConstants_Reports() => VerifyAuthority("""
                    {|TVA5002:o.Authority = Instance + "common/v2.0"|};
        """);

    [Fact]
    public Task ConfigurationKeyInAppSettings_Reports() => VerifyWithSettings("""
                    {|TVA5002:o.Authority = config["Jwt:Authority"]|};
        """, ("appsettings.json", CommonJson));

    [Fact]
    public Task ConfigurationSectionKeyInAppSettings_Reports() => VerifyWithSettings("""
                    {|TVA5002:o.Authority = config.GetSection("Jwt")["Authority"]|};
        """, ("appsettings.json", CommonJson));

    [Fact]
    public Task ConfigurationGetValueInAppSettings_Reports() => VerifyWithSettings("""
                    {|TVA5002:o.Authority = config.GetValue<string>("Jwt:Authority")|};
        """, ("appsettings.json", CommonJson));

    [Fact]
    public Task ProductionOverrideMultiTenant_Reports() => VerifyWithSettings("""
                    {|TVA5002:o.Authority = config["Jwt:Authority"]|};
        """,
        ("appsettings.json", """{"Jwt":{"Authority":"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0"}}"""),
        ("appsettings.Production.json", CommonJson));

    [Fact]
    public Task ConfigurationKeyInProductionAppSettings_Reports() => VerifyWithSettings("""
                    {|TVA5002:o.Authority = config["Jwt:Authority"]|};
        """, ("appsettings.Production.json", CommonJson));

    [Fact]
    public Task ConfigurationKeyOnlyInDevelopmentAppSettings_DoesNotReport() => VerifyWithSettings("""
                    o.Authority = config["Jwt:Authority"];
        """, ("appsettings.Development.json", CommonJson));

    [Fact]
    public Task ConfigurationKeyWithoutAppSettings_DoesNotReport() => VerifyWithSettings("""
                    o.Authority = config["Jwt:Authority"];
        """);

    [Fact]
    public Task ConfigurationKeySingleTenantInAppSettings_DoesNotReport() => VerifyWithSettings("""
                    o.Authority = config["Jwt:Authority"];
        """, ("appsettings.json", """{"Jwt":{"Authority":"https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0"}}"""));

    [Fact]
    public Task ConfigurationKeyOtherKeyInAppSettings_DoesNotReport() => VerifyWithSettings("""
                    o.Authority = config["Jwt:Issuer"];
        """, ("appsettings.json", CommonJson));

    [Fact]
    public Task InterpolationOfConfigurationRead_Reports() => VerifyWithSettings("""
                    {|TVA5002:o.Authority = $"{config["AzureAd:Instance"]}organizations/v2.0"|};
        """, ("appsettings.json", """{"AzureAd":{"Instance":"https://login.microsoftonline.com/"}}"""));

    [Fact]
    public Task ConfigureJwtBearerOptions_Reports() => VerifyAuthority("""
                });
                services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
                {
                    {|TVA5002:o.Authority = "https://login.microsoftonline.com/common/v2.0"|};
        """);

    [Fact]
    public Task MetadataAddressMultiTenant_Reports() => VerifyAuthority("""
                    {|TVA5002:o.MetadataAddress = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"|};
        """);

    [Fact]
    public Task MetadataAddressSingleTenant_DoesNotReport() => VerifyAuthority("""
                    o.MetadataAddress = "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/.well-known/openid-configuration";
        """);

    [Fact]
    public Task NullAuthority_DoesNotReport() => VerifyAuthority("""
                    o.Authority = null;
        """);
}
