using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>The <c>&lt;appSettings&gt;</c> of <c>web.config</c> and <c>app.config</c>: what <c>ConfigurationManager.AppSettings</c> reads.</summary>
internal sealed partial class AppSettings
{
    /// <summary>
    /// Reads <c>web.config</c> and <c>app.config</c> (any case). Transforms such as <c>Web.Release.config</c> are skipped: they
    /// hold <c>xdt:</c> fragments applied at publish, not the entries the application reads.
    /// </summary>
    public static AppSettings ReadAppConfig(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return Empty;
        }

        Dictionary<string, List<AppSetting>>? byKey = null;
        foreach (var file in files)
        {
            if (!IsAppConfigFile(file.Path))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            byKey ??= new Dictionary<string, List<AppSetting>>(StringComparer.OrdinalIgnoreCase);
            XmlAppSettingsReader.Read(file.Path, text, byKey);
        }

        return byKey is null || byKey.Count == 0 ? Empty : new AppSettings(byKey);
    }

    private static bool IsAppConfigFile(string path)
    {
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        return string.Equals(name, "web.config", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "app.config", StringComparison.OrdinalIgnoreCase);
    }
}
