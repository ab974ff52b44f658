using TokenValidationAnalyzers.Scanner.Results;

namespace TokenValidationAnalyzers.Scanner.Build;

/// <summary>
/// Puts a scan's report together from the build's output and the compiler's logs: each expected or compiled project
/// with its status, every finding once (a project compiled for several target frameworks reports a finding in each).
/// </summary>
internal static class ScanResults
{
    public static ScanReport Collect(ScanTarget target, BuildOutput output, IReadOnlyList<string> restoreProblems)
    {
        var findings = new List<Finding>();
        var errors = output.ErrorsByProject.ToDictionary(entry => entry.Key, entry => new List<string>(entry.Value), StringComparer.Ordinal);
        var frameworks = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var compiled in output.Compiled)
        {
            var list = frameworks.TryGetValue(compiled.Project, out var known) ? known : frameworks[compiled.Project] = new List<string>();
            if (compiled.TargetFramework.Length > 0 && !list.Contains(compiled.TargetFramework, StringComparer.Ordinal))
            {
                list.Add(compiled.TargetFramework);
            }

            if (!File.Exists(compiled.Log))
            {
                continue;
            }

            var (projectFindings, compileErrors) = CompilerLog.Read(compiled.Log, target.Root, ScanTarget.Relative(target.Root, compiled.Project));
            findings.AddRange(projectFindings);
            if (compileErrors.Count > 0)
            {
                var projectErrors = errors.TryGetValue(compiled.Project, out var existing) ? existing : errors[compiled.Project] = new List<string>();
                projectErrors.AddRange(compileErrors.Except(projectErrors, StringComparer.Ordinal).ToList());
            }
        }

        var projects = target.Projects.Concat(frameworks.Keys).Concat(errors.Keys).Distinct(StringComparer.Ordinal)
            .Select(project => new ProjectOutcome(
                ScanTarget.Relative(target.Root, project),
                errors.ContainsKey(project) ? ProjectStatus.Failed : frameworks.ContainsKey(project) ? ProjectStatus.Analyzed : ProjectStatus.NotBuilt,
                frameworks.TryGetValue(project, out var tfms) ? tfms : Array.Empty<string>(),
                errors.TryGetValue(project, out var failures) ? failures : Array.Empty<string>()))
            .OrderBy(project => project.Path, StringComparer.Ordinal)
            .ToList();

        var problems = restoreProblems.ToList();
        problems.AddRange(projects.Where(project => project.Status == ProjectStatus.Failed)
            .Select(project => $"{project.Path} failed to build: {project.Errors[0]}"));
        problems.AddRange(projects.Where(project => project.Status == ProjectStatus.NotBuilt)
            .Select(project => $"{project.Path} was not built (a project it depends on failed, or it did not restore)"));

        var unique = findings
            .DistinctBy(finding => (finding.RuleId, finding.Path, finding.Line, finding.Column, finding.Message))
            .OrderBy(finding => finding.Path, StringComparer.Ordinal).ThenBy(finding => finding.Line).ThenBy(finding => finding.Column)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)
            .ToList();
        return new ScanReport(target.Root, target.DisplayName, projects, unique, problems);
    }
}
