using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Rules.TVA3xxx;

/// <summary>TVA3005 through an options class bound to a configuration section: the JSON key is the section plus the property name.</summary>
public class KeyFromOptionsClassTests
{
    private const string Settings = """
        {
          "Jwt": {
            "Issuer": "https://issuer.example",
            {|TVA3005:"Key": "committed-signing-key-0123456789abcdef"|}
          }
        }
        """;

    private const string SettingsNotReported = """
        {
          "Jwt": {
            "Issuer": "https://issuer.example",
            "Key": "committed-signing-key-0123456789abcdef"
          }
        }
        """;

    private static Task VerifyWithSettings(string body, string json, string members = "")
    {
        var test = new Verify<KeyMaterialRuleSet>.Test();
        test.TestState.Sources.Add($$"""
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Options;
            using Microsoft.IdentityModel.Tokens;
            public sealed class JwtSettings
            {
                public string Issuer { get; set; } = "";
                public string Key { get; set; } = "";
                [ConfigurationKeyName("SigningKey")]
                public string Renamed { get; set; } = "";
            }
            public sealed class AppSettings
            {
                public JwtSettings Jwt { get; set; } = new();
            }
            class C
            {
            {{members}}
                SecurityKey M(IConfiguration config, JwtSettings given)
                {
            {{body}}
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("appsettings.json", json));
        return test.RunAsync();
    }

    [Fact]
    public Task GetIntoLocal_ReportsOnJsonProperty() => VerifyWithSettings("""
                    var settings = config.GetSection("Jwt").Get<JwtSettings>()!;
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Key));
            """, Settings);

    [Fact]
    public Task GetInline_ReportsOnJsonProperty() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(config.GetSection("Jwt").Get<JwtSettings>()!.Key));
            """, Settings);

    [Fact]
    public Task BindSection_ReportsOnJsonProperty() => VerifyWithSettings("""
                    var settings = new JwtSettings();
                    config.GetSection("Jwt").Bind(settings);
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Key));
            """, Settings);

    [Fact]
    public Task BindWithKey_ReportsOnJsonProperty() => VerifyWithSettings("""
                    var settings = new JwtSettings();
                    config.Bind("Jwt", settings);
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Key));
            """, Settings);

    [Fact]
    public Task ConfigurationKeyName_ReportsOnRenamedJsonProperty() => VerifyWithSettings("""
                    var settings = config.GetSection("Jwt").Get<JwtSettings>()!;
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Renamed));
            """, """{ "Jwt": { "Renamed": "not-the-key-0123456789abcdef", {|TVA3005:"SigningKey": "committed-signing-key-0123456789abcdef"|} } }""");

    [Fact]
    public Task ConfigureThenOptionsValue_ReportsOnJsonProperty() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, Settings, """
                private readonly IOptions<JwtSettings> options = null!;
                static void Register(IServiceCollection services, IConfiguration config)
                    => services.Configure<JwtSettings>(config.GetSection("Jwt"));
            """);

    [Fact]
    public Task OptionsValueWithoutKnownSection_DoesNotReport() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, SettingsNotReported, """
                private readonly IOptions<JwtSettings> options = null!;
            """);

    [Fact]
    public Task SettingsFromParameter_DoesNotReport() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(given.Key));
            """, SettingsNotReported);

    [Fact]
    public Task SettingsNeverBound_DoesNotReport() => VerifyWithSettings("""
                    var settings = new JwtSettings();
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Key));
            """, SettingsNotReported);

    [Fact]
    public Task SettingsBoundToAnotherSection_DoesNotReport() => VerifyWithSettings("""
                    var settings = config.GetSection("Auth").Get<JwtSettings>()!;
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Key));
            """, SettingsNotReported);

    [Fact]
    public Task NestedOptionsObject_ReportsOnJsonProperty() => VerifyWithSettings("""
                    var settings = config.Get<AppSettings>()!;
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Jwt.Key));
            """, Settings);

    [Fact]
    public Task ConfigureThenOptionsMonitor_ReportsOnJsonProperty() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(monitor.CurrentValue.Key));
            """, Settings, """
                private readonly IOptionsMonitor<JwtSettings> monitor = null!;
                static void Register(IServiceCollection services, IConfiguration config)
                    => services.Configure<JwtSettings>(config.GetSection("Jwt"));
            """);

    [Fact]
    public Task ConfigureFromTwoSections_DoesNotReport() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, SettingsNotReported, """
                private readonly IOptions<JwtSettings> options = null!;
                static void Register(IServiceCollection services, IConfiguration config)
                {
                    services.Configure<JwtSettings>(config.GetSection("Jwt"));
                    services.Configure<JwtSettings>(config.GetSection("Auth"));
                }
            """);

    [Fact]
    public Task NamedOptions_DoesNotReport() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, SettingsNotReported, """
                private readonly IOptions<JwtSettings> options = null!;
                static void Register(IServiceCollection services, IConfiguration config)
                    => services.Configure<JwtSettings>("internal", config.GetSection("Jwt"));
            """);

    [Fact]
    public Task OptionsPropertyWithLiteralFallback_ReportsFallbackAndCommittedValue() => VerifyWithSettings("""
                    var settings = config.GetSection("Jwt").Get<JwtSettings>()!;
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.Key ?? {|TVA3002:"fallback-signing-key-0123456789abcdef"|}));
            """, Settings);

    [Fact]
    public Task AddOptionsBindThenOptionsValue_ReportsOnJsonProperty() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, Settings, """
                private readonly IOptions<JwtSettings> options = null!;
                static void Register(IServiceCollection services, IConfiguration config)
                    => services.AddOptions<JwtSettings>().Bind(config.GetSection("Jwt"));
            """);

    [Fact]
    public Task AddOptionsBindConfigurationThenOptionsValue_ReportsOnJsonProperty() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, Settings, """
                private readonly IOptions<JwtSettings> options = null!;
                static void Register(IServiceCollection services)
                    => services.AddOptions<JwtSettings>().BindConfiguration("Jwt");
            """);

    [Fact]
    public Task NamedAddOptionsBind_DoesNotReport() => VerifyWithSettings("""
                    return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.Value.Key));
            """, SettingsNotReported, """
                private readonly IOptions<JwtSettings> options = null!;
                static void Register(IServiceCollection services)
                    => services.AddOptions<JwtSettings>("internal").BindConfiguration("Jwt");
            """);
}
