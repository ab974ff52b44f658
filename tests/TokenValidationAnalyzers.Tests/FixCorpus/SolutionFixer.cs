using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.Tests.Catalogue;

namespace TokenValidationAnalyzers.Tests.FixCorpus;

/// <summary>A TVA diagnostic or compiler error, by corpus project and file.</summary>
internal sealed record Finding(string Rule, string Project, string File, int Line, string Message)
{
    public override string ToString() => $"{Rule} {Project}/{File}:{Line} {Message}";
}

/// <summary>
/// Applies every fix-bearing rule's Fix All at solution scope, one rule after another, the way the IDE and
/// <c>dotnet format</c> do: analyze the current solution, offer a fix for each diagnostic, apply the provider's
/// Fix All with the equivalence key its actions carry, then compile.
/// </summary>
internal sealed class SolutionFixer
{
    private readonly ConcurrentDictionary<(ProjectId, VersionStamp), Task<ImmutableArray<Diagnostic>>> _analyses = new();
    private readonly ImmutableArray<CodeFixProvider> _providers = RuleCatalogue.CreateCodeFixProviders();

    public List<string> AnalyzerFailures { get; } = new();

    /// <summary>Diagnostics of a fix-bearing rule for which the provider registered no code action.</summary>
    public List<Finding> NotOffered { get; } = new();

    /// <summary>Compiler errors that appeared after a rule's Fix All, attributed to that rule.</summary>
    public List<Finding> ErrorsIntroduced { get; } = new();

    /// <summary>How many diagnostics of each rule each project had before the rule's Fix All, and after it.</summary>
    public Dictionary<(string Rule, string Project), (int Found, int Left)> Counts { get; } = new();

    public async Task<Solution> FixEveryRuleAsync(Solution solution)
    {
        foreach (var rule in Corpus.FixBearingRules)
        {
            solution = await FixRuleAsync(solution, rule);
        }

        return solution;
    }

    public async Task<List<Finding>> TvaFindingsAsync(Solution solution)
    {
        var findings = new List<Finding>();
        foreach (var project in solution.Projects)
        {
            foreach (var diagnostic in await AnalyzeAsync(project))
            {
                findings.Add(ToFinding(solution, project, diagnostic));
            }
        }

        return findings;
    }

    public static async Task<List<Finding>> CompilerErrorsAsync(Solution solution)
    {
        var errors = new List<Finding>();
        foreach (var project in solution.Projects)
        {
            var compilation = await project.GetCompilationAsync();
            foreach (var error in compilation!.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
            {
                errors.Add(ToFinding(solution, project, error));
            }
        }

        return errors;
    }

    private async Task<Solution> FixRuleAsync(Solution solution, string rule)
    {
        var provider = _providers.Single(candidate => candidate.FixableDiagnosticIds.Contains(rule));
        var diagnostics = new List<(Document Document, Diagnostic Diagnostic)>();
        foreach (var project in solution.Projects)
        {
            foreach (var diagnostic in (await AnalyzeAsync(project)).Where(diagnostic => diagnostic.Id == rule))
            {
                var document = solution.GetDocument(diagnostic.Location.SourceTree);
                if (document is null)
                {
                    NotOffered.Add(ToFinding(solution, project, diagnostic) with { Message = "reported outside a C# document" });
                    continue;
                }

                diagnostics.Add((document, diagnostic));
            }
        }

        var errorsBefore = await CompilerErrorsAsync(solution);
        var equivalenceKeys = new List<string?>();
        Document? anchor = null;
        foreach (var (document, diagnostic) in diagnostics)
        {
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            if (actions.Count == 0)
            {
                NotOffered.Add(ToFinding(solution, document.Project, diagnostic) with { Message = "no code action was offered" });
                continue;
            }

            anchor ??= document;
            foreach (var action in actions.Where(action => !equivalenceKeys.Contains(action.EquivalenceKey)))
            {
                equivalenceKeys.Add(action.EquivalenceKey);
            }
        }

        foreach (var key in equivalenceKeys)
        {
            var context = new FixAllContext(solution.GetDocument(anchor!.Id)!, provider, FixAllScope.Solution, key, new[] { rule },
                new CurrentDiagnostics(this, rule), CancellationToken.None);
            var fix = await provider.GetFixAllProvider()!.GetFixAsync(context);
            if (fix is null)
            {
                continue;
            }

            foreach (var operation in await fix.GetOperationsAsync(CancellationToken.None))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    solution = apply.ChangedSolution;
                }
            }
        }

        var errorsAfter = await CompilerErrorsAsync(solution);
        ErrorsIntroduced.AddRange(errorsAfter.Where(error => !errorsBefore.Contains(error)).Select(error => error with { Rule = rule, Message = error.Rule + ": " + error.Message }));
        foreach (var project in solution.Projects)
        {
            var found = diagnostics.Count(entry => entry.Document.Project.Id == project.Id);
            var left = (await AnalyzeAsync(project)).Count(diagnostic => diagnostic.Id == rule);
            if (found > 0 || left > 0)
            {
                Counts[(rule, project.Name)] = (found, left);
            }
        }

        return solution;
    }

    private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
        => await _analyses.GetOrAdd((project.Id, await project.GetDependentVersionAsync()), _ => RunAnalyzerAsync(project));

    private async Task<ImmutableArray<Diagnostic>> RunAnalyzerAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => AnalyzerFailures.Add($"{project.Name}: {analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation!.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TokenValidationAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
        foreach (var failure in diagnostics.Where(diagnostic => diagnostic.Id == "AD0001"))
        {
            AnalyzerFailures.Add($"{project.Name}: {failure}");
        }

        return diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("TVA", StringComparison.Ordinal)).ToImmutableArray();
    }

    private static Finding ToFinding(Solution solution, Project project, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var (name, file) = CorpusWorkspace.Where(project, span.Path is { Length: > 0 } path ? path : solution.GetDocument(diagnostic.Location.SourceTree)?.FilePath);
        return new Finding(diagnostic.Id, name, file, span.StartLinePosition.Line + 1, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Fix All asks for the diagnostics of the solution it is given: analyze that version.</summary>
    private sealed class CurrentDiagnostics(SolutionFixer fixer, string rule) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return (await GetAllDiagnosticsAsync(document.Project, cancellationToken)).Where(diagnostic => diagnostic.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => (await fixer.AnalyzeAsync(project)).Where(diagnostic => diagnostic.Id == rule);
    }
}
