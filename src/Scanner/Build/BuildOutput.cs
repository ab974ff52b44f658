using System.Text.RegularExpressions;

namespace TokenValidationAnalyzers.Scanner.Build;

/// <summary>A project compiled during the scan (a marker line of TvaScan.targets), per target framework.</summary>
public sealed record CompiledProject(string Project, string TargetFramework, string Log);

/// <summary>
/// Reads what <c>dotnet restore</c> and <c>dotnet build</c> print: the scan's marker lines, and MSBuild's
/// <c>file(line,col): error CODE: message [project]</c> lines, collected per project. TVA errors are findings, not
/// build failures: a project may raise a rule to <c>error</c>.
/// </summary>
public sealed class BuildOutput
{
    private const string Marker = "tva-scan: compiling|";

    private static readonly Regex ErrorLine = new(
        @"^\s*(?<origin>.*?):\s*error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)\s*\[(?<context>[^\]]+?)(?:::[^\]]*)?\]\s*$",
        RegexOptions.CultureInvariant);

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly List<CompiledProject> _compiled = new();
    private readonly List<string> _otherErrors = new();

    public IReadOnlyList<CompiledProject> Compiled => _compiled;

    public IReadOnlyDictionary<string, List<string>> ErrorsByProject => _errors;

    /// <summary>Error lines that name no project (MSBuild's own, the SDK's).</summary>
    public IReadOnlyList<string> OtherErrors => _otherErrors;

    /// <summary>Takes one line; returns the project it started compiling, if it is a marker line.</summary>
    public CompiledProject? Read(string line, string root)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith(Marker, StringComparison.Ordinal))
        {
            var parts = trimmed[Marker.Length..].Split('|');
            if (parts.Length == 3)
            {
                var compiled = new CompiledProject(Path.GetFullPath(parts[0]), parts[1], parts[2]);
                _compiled.Add(compiled);
                return compiled;
            }

            return null;
        }

        if (ErrorLine.Match(line) is { Success: true } match && ProjectOf(match) is { } project)
        {
            if (match.Groups["code"].Value.StartsWith("TVA", StringComparison.Ordinal))
            {
                return null;
            }

            var origin = match.Groups["origin"].Value.Trim();
            var where = origin.Length == 0 || string.Equals(Path.GetFullPath(origin), project, StringComparison.Ordinal)
                ? ""
                : ScanTarget.Relative(root, origin) + ": ";
            var text = where + $"error {match.Groups["code"].Value}: {match.Groups["message"].Value}";
            Add(project, text);
        }
        else if (Regex.IsMatch(line, @"(^|\s)error\s+[A-Z]+\d+\s*:", RegexOptions.CultureInvariant) && !line.Contains(" TVA", StringComparison.Ordinal))
        {
            _otherErrors.Add(line.Trim());
        }

        return null;
    }

    /// <summary>The project an error is about: the one MSBuild names in brackets or, when that is the solution (restore's errors), the file that reported it.</summary>
    private static string? ProjectOf(Match match)
    {
        static bool IsProject(string path) => path.EndsWith("proj", StringComparison.OrdinalIgnoreCase);
        var context = match.Groups["context"].Value.Trim();
        var origin = match.Groups["origin"].Value.Trim();
        return IsProject(context) ? Path.GetFullPath(context) : IsProject(origin) ? Path.GetFullPath(origin) : null;
    }

    public void Add(string project, string error)
    {
        if (!_errors.TryGetValue(project, out var list))
        {
            _errors[project] = list = new List<string>();
        }

        if (!list.Contains(error, StringComparer.Ordinal))
        {
            list.Add(error);
        }
    }
}
