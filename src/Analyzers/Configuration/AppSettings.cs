using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Configuration;

/// <summary>One value found in a production appsettings file (or a web.config/app.config entry), with where it is so that a rule can report on it.</summary>
internal readonly struct AppSetting
{
    public AppSetting(string filePath, string keyPath, string? value, TextSpan span, LinePositionSpan lineSpan)
    {
        FilePath = filePath;
        KeyPath = keyPath;
        Value = value;
        Span = span;
        LineSpan = lineSpan;
    }

    public string FilePath { get; }

    /// <summary>The key path as written in the file (<c>Auth:SigningKey</c>, <c>Jwt:Audiences:0</c>).</summary>
    public string KeyPath { get; }

    /// <summary>A string unescaped, a number or <c>true</c>/<c>false</c> as written; null for <c>null</c>, objects and arrays.</summary>
    public string? Value { get; }

    /// <summary>
    /// The whole property, from the opening quote of its name to the end of its value (for an array element, the value);
    /// in XML the whole <c>&lt;add … /&gt;</c> element.
    /// </summary>
    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    public Location Location => Location.Create(FilePath, Span, LineSpan);
}

/// <summary>The values of a project's production appsettings files (or of its web.config/app.config) by configuration key path.</summary>
internal sealed partial class AppSettings
{
    private readonly Dictionary<string, List<AppSetting>> _byKeyPath;

    private AppSettings(Dictionary<string, List<AppSetting>> byKeyPath)
    {
        _byKeyPath = byKeyPath;
    }

    public static AppSettings Empty { get; } = new(new Dictionary<string, List<AppSetting>>(StringComparer.OrdinalIgnoreCase));

    public bool IsEmpty => _byKeyPath.Count == 0;

    /// <summary>
    /// Reads <c>appsettings.json</c> and <c>appsettings.&lt;Environment&gt;.json</c>. Development and <c>*.Local.json</c>
    /// files are skipped: a development key there is expected, not a leak into production.
    /// </summary>
    public static AppSettings Read(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return Empty;
        }

        Dictionary<string, List<AppSetting>>? byKeyPath = null;
        foreach (var file in files)
        {
            if (!IsProductionSettingsFile(file.Path))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            byKeyPath ??= new Dictionary<string, List<AppSetting>>(StringComparer.OrdinalIgnoreCase);
            JsonSettingsReader.Read(file.Path, text, byKeyPath);
        }

        return byKeyPath is null ? Empty : new AppSettings(byKeyPath);
    }

    /// <summary>Every value at the key path (compared case-insensitively, like <c>IConfiguration</c>), across files in the order given.</summary>
    public IReadOnlyList<AppSetting> Find(string keyPath)
        => _byKeyPath.TryGetValue(keyPath, out var settings) ? settings : Array.Empty<AppSetting>();

    /// <summary>The first value at the key path that is neither null, empty nor whitespace.</summary>
    public AppSetting? FindNonEmpty(string keyPath)
    {
        foreach (var setting in Find(keyPath))
        {
            if (!string.IsNullOrWhiteSpace(setting.Value))
            {
                return setting;
            }
        }

        return null;
    }

    private static bool IsProductionSettingsFile(string path)
    {
        const string Prefix = "appsettings.";
        const string Extension = ".json";
        var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        if (string.Equals(name, "appsettings.json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.Length <= Prefix.Length + Extension.Length
            || !name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var environment = name.Substring(Prefix.Length, name.Length - Prefix.Length - Extension.Length);
        return !string.Equals(environment, "Development", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(environment, "Local", StringComparison.OrdinalIgnoreCase)
            && !environment.EndsWith(".Local", StringComparison.OrdinalIgnoreCase);
    }
}
