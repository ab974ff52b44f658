using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>The appsettings files of a compilation, read once, when the first rule that needs them asks.</summary>
internal sealed class LazyAppSettings
{
    private readonly AnalyzerOptions _options;
    private AppSettings? _settings;

    public LazyAppSettings(AnalyzerOptions options) => _options = options;

    public AppSettings Get(CancellationToken cancellationToken) => _settings ??= AppSettings.Read(_options.AdditionalFiles, cancellationToken);
}
