using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Core.Symbols;

/// <summary>.NET Framework configuration: <c>web.config</c>/<c>app.config</c> <c>&lt;appSettings&gt;</c> read in code.</summary>
internal sealed class AppConfigTypes
{
    public AppConfigTypes(TypeResolver types)
    {
        ConfigurationManager = types.Get("System.Configuration.ConfigurationManager");
        WebConfigurationManager = types.Get("System.Web.Configuration.WebConfigurationManager");
    }

    public INamedTypeSymbol? ConfigurationManager { get; }
    public INamedTypeSymbol? WebConfigurationManager { get; }
}
