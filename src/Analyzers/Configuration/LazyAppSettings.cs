using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>
/// The appsettings files of a compilation, and apart from them its web.config/app.config entries, each read once, when the
/// first rule that needs them asks.
/// </summary>
internal sealed class LazyAppSettings
{
    private readonly AnalyzerOptions _options;
    private AppSettings? _settings;
    private AppSettings? _appConfig;

    public LazyAppSettings(AnalyzerOptions options) => _options = options;

    /// <summary>What <c>IConfiguration</c> reads: appsettings*.json.</summary>
    public AppSettings Get(CancellationToken cancellationToken) => _settings ??= AppSettings.Read(_options.AdditionalFiles, cancellationToken);

    /// <summary>What <c>ConfigurationManager.AppSettings</c> reads: web.config and app.config.</summary>
    public AppSettings GetAppConfig(CancellationToken cancellationToken)
        => _appConfig ??= AppSettings.ReadAppConfig(_options.AdditionalFiles, cancellationToken);

    /// <summary>The files a read goes to: web.config/app.config for <c>ConfigurationManager.AppSettings</c>, appsettings*.json otherwise.</summary>
    public AppSettings For(bool readsAppConfig, CancellationToken cancellationToken)
        => readsAppConfig ? GetAppConfig(cancellationToken) : Get(cancellationToken);
}
