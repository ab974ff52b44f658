using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// TVA3005: the configuration key a key is read from holds secret material in a production appsettings file, or (read
/// through <c>ConfigurationManager.AppSettings</c>) in web.config/app.config. Reported once per JSON line or XML element, however many keys read it; called by <see cref="HardcodedOrShortKeyRules"/>, which traces the key.
/// </summary>
internal sealed class CommittedKeySettingRule
{
    private readonly LazyAppSettings _settings;
    private readonly ConcurrentDictionary<string, bool> _reportedSettings = new(StringComparer.Ordinal);

    public CommittedKeySettingRule(LazyAppSettings settings) => _settings = settings;

    public void Analyze(RuleContext context, string configurationKey, bool readsAppConfig, Func<string?, bool> isSecret)
    {
        var settings = _settings.For(readsAppConfig, context.CancellationToken);
        if (settings.IsEmpty)
        {
            return;
        }

        foreach (var setting in settings.Find(configurationKey))
        {
            if (string.IsNullOrWhiteSpace(setting.Value)
                || !isSecret(setting.Value)
                || !_reportedSettings.TryAdd(setting.FilePath + "@" + setting.Span.Start, true))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3005, setting.Location, setting.KeyPath));
        }
    }
}
