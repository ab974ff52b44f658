using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>.NET Framework configuration: <c>web.config</c>/<c>app.config</c> <c>&lt;appSettings&gt;</c> read in code.</summary>
internal sealed class AppConfigTypes
{
    public AppConfigTypes(TypeResolver types)
    {
        ConfigurationManager = types.Get("System.Configuration.ConfigurationManager");
        WebConfigurationManager = types.Get("System.Web.Configuration.WebConfigurationManager");
        ConfigurationManagerAppSettings = StaticProperty(ConfigurationManager, "AppSettings");
        WebConfigurationManagerAppSettings = StaticProperty(WebConfigurationManager, "AppSettings");
    }

    public INamedTypeSymbol? ConfigurationManager { get; }
    public INamedTypeSymbol? WebConfigurationManager { get; }

    /// <summary><c>ConfigurationManager.AppSettings</c>: the <c>NameValueCollection</c> of the config file's <c>&lt;appSettings&gt;</c>.</summary>
    public IPropertySymbol? ConfigurationManagerAppSettings { get; }
    public IPropertySymbol? WebConfigurationManagerAppSettings { get; }

    public bool IsAppSettings(IPropertySymbol? property)
        => property is not null
            && (SymbolEqualityComparer.Default.Equals(property, ConfigurationManagerAppSettings)
                || SymbolEqualityComparer.Default.Equals(property, WebConfigurationManagerAppSettings));

    private static IPropertySymbol? StaticProperty(INamedTypeSymbol? type, string name)
        => WellKnownTypes.Property(type, name) is { IsStatic: true } property ? property : null;
}
