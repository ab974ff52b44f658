using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA5xxx;

/// <summary>TVA5002 on an authority read through <c>ConfigurationManager.AppSettings</c>: its value is in web.config/app.config.</summary>
public class AppConfigAuthorityTests
{
    private const string Registration = """
        using System.Configuration;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.DependencyInjection;
        static class Startup
        {
            public static void Register(IServiceCollection services)
            {
                services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
                {
                    AUTHORITY;
                    o.Audience = "api://my-api";
                });
            }
        }
        """;

    private const string CommonWebConfig = """
        <configuration><appSettings><add key="ida:Authority" value="https://login.microsoftonline.com/common/v2.0" /></appSettings></configuration>
        """;

    private static Task Verify(string authority, params (string Name, string Text)[] files)
    {
        var test = new Verify<HostingRuleSet>.Test();
        test.TestState.Sources.Add(Registration.Replace("AUTHORITY;", authority, StringComparison.Ordinal));
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test.RunAsync();
    }

    [Fact]
    public Task AppSettingsKeyMultiTenantInWebConfig_Reports()
        => Verify("""{|TVA5002:o.Authority = ConfigurationManager.AppSettings["ida:Authority"]|};""", ("Web.config", CommonWebConfig));

    [Fact]
    public Task AppSettingsKeyMultiTenantOnlyInAppSettingsJson_DoesNotReport()
        => Verify("""o.Authority = ConfigurationManager.AppSettings["ida:Authority"];""",
            ("appsettings.json", """{ "ida:Authority": "https://login.microsoftonline.com/common/v2.0" }"""));

    [Fact]
    public Task AppSettingsKeySingleTenantInWebConfig_DoesNotReport()
        => Verify("""o.Authority = ConfigurationManager.AppSettings["ida:Authority"];""",
            ("Web.config", CommonWebConfig.Replace("common", "72f988bf-86f1-41af-91ab-2d7cd011db47", StringComparison.Ordinal)));
}
