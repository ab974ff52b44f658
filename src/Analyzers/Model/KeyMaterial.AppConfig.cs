using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>Reads of <c>web.config</c>/<c>app.config</c> <c>&lt;appSettings&gt;</c> through <c>ConfigurationManager.AppSettings</c>.</summary>
internal sealed partial class KeyMaterial
{
    /// <summary>
    /// The <see cref="ConfigurationKey"/> is an <c>&lt;appSettings&gt;</c> key read through <c>ConfigurationManager.AppSettings</c>
    /// (or <c>WebConfigurationManager.AppSettings</c>): its value is in web.config/app.config, not in appsettings.json.
    /// </summary>
    public bool ReadsAppConfig { get; private set; }

    /// <summary><c>ConfigurationManager.AppSettings["Jwt:Key"]</c> or <c>.AppSettings.Get("Jwt:Key")</c>, also through a local holding the collection.</summary>
    private static KeyMaterial? FromAppSettings(IOperation operation, WellKnownTypes types, int depth)
    {
        if (types.AppConfig.ConfigurationManagerAppSettings is null && types.AppConfig.WebConfigurationManagerAppSettings is null)
        {
            return null;
        }

        var (collection, key) = operation switch
        {
            IPropertyReferenceOperation { Property: { IsIndexer: true, Parameters.Length: 1 } indexer, Arguments.Length: 1 } read
                when indexer.Parameters[0].Type.SpecialType == SpecialType.System_String => (read.Instance, read.Arguments[0].Value),
            IInvocationOperation { TargetMethod: { Name: "Get", Parameters.Length: 1 } get, Arguments.Length: 1 } read
                when get.Parameters[0].Type.SpecialType == SpecialType.System_String => (read.Instance, read.Arguments[0].Value),
            _ => (null, null),
        };
        if (collection is null || key is null || !IsAppSettings(collection, types, depth))
        {
            return null;
        }

        return new KeyMaterial(KeyOrigin.Configuration) { ConfigurationKey = key.ConstantValue.Value as string, ReadsAppConfig = true };
    }

    private static bool IsAppSettings(IOperation collection, WellKnownTypes types, int depth)
    {
        switch (Values.StripConversions(collection))
        {
            case IPropertyReferenceOperation property:
                return types.AppConfig.IsAppSettings(property.Property);
            case ILocalReferenceOperation local when depth < MaxDepth:
                return LocalValues.Reaching(local) is { Count: 1 } values && IsAppSettings(values[0], types, depth + 1);
            default:
                return false;
        }
    }
}
