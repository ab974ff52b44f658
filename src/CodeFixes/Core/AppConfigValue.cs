using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// In a .NET Framework-style project, where no <c>IConfiguration</c> is in scope or injected, a fix reads its value from
/// <c>ConfigurationManager.AppSettings["Jwt:Issuer"]</c> (web.config/app.config) instead of an environment variable.
/// </summary>
internal static class AppConfigValue
{
    public const string AppSettings = "global::System.Configuration.ConfigurationManager.AppSettings";

    public static async Task<ImmutableArray<Diagnostic>> PlanAsync(FixInput input, ImmutableArray<Diagnostic> diagnostics)
    {
        ExistingConfigurationKeys? existingKeys = null;
        bool? readsAppConfig = null;
        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (!diagnostic.Properties.ContainsKey(FixProperties.ConfigurationKey) || diagnostic.Properties.ContainsKey(FixProperties.Configuration))
            {
                continue;
            }

            readsAppConfig ??= ReadsAppConfig(input);
            if (readsAppConfig == false)
            {
                return diagnostics;
            }

            existingKeys ??= await ExistingConfigurationKeys.ForAsync(input.Document.Project, input.CancellationToken).ConfigureAwait(false);
            var properties = existingKeys?.Reuse(diagnostic.Properties, appConfig: true) ?? diagnostic.Properties;
            result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations,
                properties.Add(FixProperties.Configuration, AppSettings));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// <c>ConfigurationManager</c> is referenced, and the project is one whose settings live in web.config/app.config: it targets
    /// .NET Framework, has such a file, or has no <c>Microsoft.Extensions.Configuration</c>. An ASP.NET Core project that gets
    /// System.Configuration.ConfigurationManager transitively keeps the environment variable: it has no web.config to read.
    /// </summary>
    private static bool ReadsAppConfig(FixInput input)
    {
        if (input.Types.AppConfig.ConfigurationManagerAppSettings is not { DeclaredAccessibility: Accessibility.Public })
        {
            return false;
        }

        if (input.Types.IConfiguration is null
            || input.Model.Compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly?.Name == "mscorlib")
        {
            return true;
        }

        foreach (var file in input.Document.Project.AdditionalDocuments)
        {
            if (string.Equals(file.Name, "web.config", StringComparison.OrdinalIgnoreCase)
                || string.Equals(file.Name, "app.config", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
