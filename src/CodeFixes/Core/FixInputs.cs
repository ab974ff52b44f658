using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>What the fix adds to the analyzer's properties before editing: the decisions that need the whole compilation or workspace.</summary>
internal static class FixInputs
{
    public static async Task<ImmutableArray<Diagnostic>> PrepareAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (!NeedsModel(diagnostics)
            || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || WellKnownTypes.TryCreate(model.Compilation) is not { } types)
        {
            return diagnostics;
        }

        var input = new FixInput(document, model, types, cancellationToken);
        diagnostics = OtherSiteSupply.Decide(input, diagnostics);
        diagnostics = await KeyHolderEdit.ChooseAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        diagnostics = await ConfiguredValue.WithConfigurationInScopeAsync(input, diagnostics).ConfigureAwait(false);
        diagnostics = ConfigurationInjection.Plan(input, diagnostics);
        diagnostics = EnvironmentInScope.Plan(input, diagnostics);
        return await AppConfigValue.PlanAsync(input, diagnostics).ConfigureAwait(false);
    }

    /// <summary>Where a value is written: the literal a TVA3001 fix replaces, else the diagnostic.</summary>
    public static Location WritePosition(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Action, out var action) && action == FixProperties.ActionMoveToConfiguration
            && diagnostic.AdditionalLocations.Count == 1
            ? diagnostic.AdditionalLocations[0]
            : diagnostic.Location;

    private static bool NeedsModel(ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Properties.ContainsKey(FixProperties.UnlessOtherSiteSupplies) || diagnostic.Properties.ContainsKey(FixProperties.KeyHolder)
                || diagnostic.Properties.ContainsKey(FixProperties.ConfigurationKey)
                || ActionFixes.Action(diagnostic) is FixProperties.ActionWrapInDevelopment or FixProperties.ActionSplitChainInDevelopment)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The document being fixed, its semantic model and the well-known types, fetched once for every step of <see cref="FixInputs"/>.</summary>
internal sealed class FixInput
{
    public FixInput(Document document, SemanticModel model, WellKnownTypes types, CancellationToken cancellationToken)
    {
        Document = document;
        Model = model;
        Types = types;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public SemanticModel Model { get; }

    public WellKnownTypes Types { get; }

    public CancellationToken CancellationToken { get; }
}
