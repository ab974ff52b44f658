using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using TokenValidationAnalyzers.CodeFixes.Rules.TVA1xxx;
using TokenValidationAnalyzers.Rules;

namespace TokenValidationAnalyzers.Tests.Catalogue;

/// <summary>
/// Everything the two shipped assemblies declare, found by reflection so that a rule family added later is
/// checked without touching the guard tests.
/// </summary>
internal static class RuleCatalogue
{
    public static Assembly AnalyzerAssembly { get; } = typeof(Descriptors).Assembly;

    public static Assembly FixesAssembly { get; } = typeof(ValidationSwitchCodeFixProvider).Assembly;

    /// <summary>The public static descriptor fields of <see cref="Descriptors"/>, by field name.</summary>
    public static ImmutableArray<(string Field, DiagnosticDescriptor Descriptor)> DescriptorFields { get; } =
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (field.Name, (DiagnosticDescriptor)field.GetValue(null)!))
            .ToImmutableArray();

    public static ImmutableDictionary<string, DiagnosticDescriptor> ById { get; } =
        DescriptorFields.GroupBy(entry => entry.Descriptor.Id, StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.First().Descriptor, StringComparer.Ordinal);

    public static ImmutableArray<Type> AnalyzerTypes { get; } =
        ConcreteTypes(AnalyzerAssembly, typeof(DiagnosticAnalyzer))
            .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .ToImmutableArray();

    public static ImmutableArray<Type> CodeFixProviderTypes { get; } = ConcreteTypes(FixesAssembly, typeof(CodeFixProvider)).ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers()
        => AnalyzerTypes.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToImmutableArray();

    public static ImmutableArray<CodeFixProvider> CreateCodeFixProviders()
        => CodeFixProviderTypes.Select(type => (CodeFixProvider)Activator.CreateInstance(type)!).ToImmutableArray();

    public static IEnumerable<object[]> DescriptorIds() => ById.Keys.OrderBy(id => id, StringComparer.Ordinal).Select(id => new object[] { id });

    public static IEnumerable<object[]> AnalyzerNames() => AnalyzerTypes.Select(type => new object[] { type.FullName! });

    public static IEnumerable<object[]> CodeFixProviderNames() => CodeFixProviderTypes.Select(type => new object[] { type.FullName! });

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string PathInRepository(params string[] parts) => Path.Combine(new[] { RepositoryRoot }.Concat(parts).ToArray());

    private static IEnumerable<Type> ConcreteTypes(Assembly assembly, Type baseType)
        => assembly.GetTypes().Where(type => type.IsClass && !type.IsAbstract && baseType.IsAssignableFrom(type)).OrderBy(type => type.FullName, StringComparer.Ordinal);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TokenValidationAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No directory above " + AppContext.BaseDirectory + " contains TokenValidationAnalyzers.sln");
    }
}
