using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// The section each options type is registered from with <c>services.Configure&lt;T&gt;(config.GetSection("…"))</c> or
/// <c>services.AddOptions&lt;T&gt;().Bind(…)</c>/<c>.BindConfiguration("…")</c>, across the compilation. Built once, the first
/// time a key is read from <c>IOptions&lt;T&gt;.Value</c>: only calls named <c>Configure</c>, <c>Bind</c> or <c>BindConfiguration</c> are bound.
/// </summary>
internal sealed class ConfiguredOptions
{
    private static readonly ConditionalWeakTable<Compilation, ConfiguredOptions> Cache = new();
    private static readonly ConfiguredOptions None = new();
    private static readonly ConditionalWeakTable<SyntaxTree, List<InvocationExpressionSyntax>> Candidates = new();

    // null value: registered from several sections, or from one that is not constant
    private readonly Dictionary<ITypeSymbol, string?> _sections = new(SymbolEqualityComparer.Default);

    public static ConfiguredOptions For(Compilation? compilation, WellKnownTypes types)
        => compilation is null || types.OptionsConfigurationServiceCollectionExtensions is null
            ? None
            : Cache.GetValue(compilation, c => Build(c, types));

    public string? SectionOf(ITypeSymbol optionsType) => _sections.TryGetValue(optionsType, out var section) ? section : null;

    private static ConfiguredOptions Build(Compilation compilation, WellKnownTypes types)
    {
        var options = new ConfiguredOptions();
        foreach (var tree in compilation.SyntaxTrees)
        {
            SemanticModel? model = null;
            foreach (var call in CandidatesIn(tree))
            {
#pragma warning disable RS1030 // built once per compilation, only after a key read from IOptions<T>.Value matched
                model ??= compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                if (model.GetOperation(call) is not IInvocationOperation { TargetMethod: { TypeArguments.Length: 1 } method } invocation)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.OptionsConfigurationServiceCollectionExtensions))
                {
                    options.Add(method.TypeArguments[0], invocation, types);
                }
                else if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.OptionsBuilderConfigurationExtensions)
                    && invocation.Arguments.Length > 0 && IsDefaultAddOptions(invocation.Arguments[0].Value))
                {
                    options.Add(method.TypeArguments[0], invocation, types);
                }
            }
        }

        return options;
    }

    /// <summary>
    /// The calls named <c>Configure</c>, <c>Bind</c> or <c>BindConfiguration</c> in a tree, found once per tree: the IDE reuses
    /// the trees of unchanged files in every compilation it builds, so only an edited file is walked again.
    /// </summary>
    private static List<InvocationExpressionSyntax> CandidatesIn(SyntaxTree tree) => Candidates.GetValue(tree, static tree =>
    {
        var calls = new List<InvocationExpressionSyntax>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Configure" or "Bind" or "BindConfiguration" } } call)
            {
                calls.Add(call);
            }
        }

        return calls;
    });

    /// <summary><c>services.AddOptions&lt;T&gt;()</c> without a name: the options <c>IOptions&lt;T&gt;.Value</c> returns.</summary>
    private static bool IsDefaultAddOptions(IOperation builder)
        => Values.StripConversions(builder) is IInvocationOperation { TargetMethod: { Name: "AddOptions", IsGenericMethod: true }, Arguments.Length: 1 };

    private void Add(ITypeSymbol optionsType, IInvocationOperation configure, WellKnownTypes types)
    {
        string? section = null;
        foreach (var argument in configure.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "name" when !argument.Value.ConstantValue.HasValue || argument.Value.ConstantValue.Value is string { Length: > 0 }:
                    // named options are not what IOptions<T>.Value returns
                    return;
                case "config":
                    section = KeyMaterial.SectionPath(argument.Value, types);
                    break;
                case "configSectionPath":
                    section = argument.Value.ConstantValue.Value as string;
                    break;
            }
        }

        _sections[optionsType] = _sections.TryGetValue(optionsType, out var known) && !string.Equals(known, section, StringComparison.OrdinalIgnoreCase)
            ? null
            : section;
    }
}
