using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3005 and TVA3002 on keys read from web.config/app.config through <c>ConfigurationManager.AppSettings</c>.</summary>
public class AppConfigKeyTests
{
    private static string InStartup(string body) => $$"""
        using System.Configuration;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public SecurityKey Configuration()
            {
        {{body}}
            }
        }
        """;

    private const string ReadIndexer = """
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["Jwt:Key"]!));
        """;

    private const string CommittedKey = """
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="Jwt:Issuer" value="https://issuer.example" />
            {|TVA3005:<add key="Jwt:Key" value="committed-signing-key-0123456789abcdef" />|}
          </appSettings>
        </configuration>
        """;

    private static Task Verify(string source, params (string Name, string Text)[] files) => Verify(source, files, Array.Empty<DiagnosticResult>());

    private static Task Verify(string source, (string Name, string Text)[] files, DiagnosticResult[] expected, bool withSystemWeb = false)
    {
        var test = new Verify<KeyMaterialRuleSet>.Test();
        test.TestState.Sources.Add(source);
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        if (withSystemWeb)
        {
            test.TestState.AdditionalReferences.Add(StubReferences.SystemWeb);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task IndexerReadWithValueInWebConfig_ReportsOnAddElement() => Verify(InStartup(ReadIndexer), ("Web.config", CommittedKey));

    [Fact]
    public Task IndexerRead_MessageNamesTheKeyNotTheValue() => Verify(InStartup(ReadIndexer),
        new[] { ("Web.config", CommittedKey.Replace("{|TVA3005:", "{|#0:")) },
        new[] { new DiagnosticResult("TVA3005", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Jwt:Key") });

    [Fact]
    public Task GetReadInAppConfig_ReportsOnAddElement() => Verify(InStartup("""
                return new SymmetricSecurityKey(Convert.FromBase64String(ConfigurationManager.AppSettings.Get("Jwt:Key")!));
        """), ("App.config", CommittedKey));

    [Fact]
    public Task CollectionInLocal_ReportsOnAddElement() => Verify(InStartup("""
                var settings = ConfigurationManager.AppSettings;
                var secret = settings["jwt:key"];
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret!));
        """), ("Web.config", CommittedKey));

    [Fact]
    public Task WebConfigurationManagerRead_ReportsOnAddElement() => Verify("""
        using System.Text;
        using System.Web.Configuration;
        using Microsoft.IdentityModel.Tokens;
        public class Startup
        {
            public SecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(WebConfigurationManager.AppSettings["Jwt:Key"]!));
        }
        """, new[] { ("Web.config", CommittedKey) }, Array.Empty<DiagnosticResult>(), withSystemWeb: true);

    [Fact]
    public Task SameKeyInAppSettingsJsonOnly_DoesNotReport() => Verify(InStartup(ReadIndexer),
        ("appsettings.json", """{ "Jwt": { "Key": "committed-signing-key-0123456789abcdef" } }"""));

    [Fact]
    public Task ConfigurationReadWithValueOnlyInWebConfig_DoesNotReport() => Verify("""
        using System.Text;
        using Microsoft.Extensions.Configuration;
        using Microsoft.IdentityModel.Tokens;
        class C
        {
            SecurityKey M(IConfiguration config) => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config["Jwt:Key"]!));
        }
        """, ("Web.config", CommittedKey.Replace("{|TVA3005:", "").Replace("|}", "")));

    [Fact]
    public Task LookAlikeConfigurationManager_DoesNotReport() => Verify("""
        using System.Collections.Specialized;
        using System.Text;
        using Microsoft.IdentityModel.Tokens;
        namespace MyApp
        {
            static class ConfigurationManager
            {
                public static NameValueCollection AppSettings { get; } = new();
            }

            public class Startup
            {
                public SecurityKey Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["Jwt:Key"]!));
            }
        }
        """, ("Web.config", CommittedKey.Replace("{|TVA3005:", "").Replace("|}", "")));

    [Fact]
    public Task EmptyValueTransformAndUnusedKey_DoNotReport() => Verify(InStartup("""
                Console.WriteLine(ConfigurationManager.AppSettings["Jwt:Logged"]);
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["Jwt:Key"]!));
        """),
        ("Web.config", """<configuration><appSettings><add key="Jwt:Key" value="" /><add key="Jwt:Logged" value="committed-0123456789abcdef0123456789" /></appSettings></configuration>"""),
        ("Web.Release.config", """<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform"><appSettings><add key="Jwt:Key" value="release-signing-key-0123456789abcdef" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" /></appSettings></configuration>"""));

    [Fact]
    public Task RemovedEntry_DoesNotReport() => Verify(InStartup(ReadIndexer), ("Web.config", """
        <configuration>
          <appSettings>
            <add key="Jwt:Key" value="committed-signing-key-0123456789abcdef" />
            <remove key="Jwt:Key" />
          </appSettings>
        </configuration>
        """));

    [Fact]
    public Task MalformedWebConfig_DoesNotReportOrCrash() => Verify(InStartup(ReadIndexer),
        ("Web.config", """<configuration><appSettings><add key="Jwt:Key" value="committed-signing-key-0123456789abcdef"></appSettings>"""));

    [Fact]
    public Task LiteralFallback_ReportsTva3002AndCommittedValue() => Verify(InStartup("""
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["Jwt:Key"] ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
        """), ("Web.config", CommittedKey));

    [Fact]
    public Task LiteralFallbackThroughGetAndLocal_ReportsTva3002() => Verify(InStartup("""
                var key = ConfigurationManager.AppSettings.Get("Jwt:Key") ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|};
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
        """));

    [Fact]
    public Task FallbackOnLookAlikeOrNonKey_DoesNotReport() => Verify(InStartup("""
                var name = ConfigurationManager.AppSettings["App:Name"] ?? "fallback-name";
                Console.WriteLine(name);
                return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(ConfigurationManager.AppSettings["Jwt:Key"] ?? throw new InvalidOperationException()));
        """));
}
