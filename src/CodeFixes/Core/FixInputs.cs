using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>What the fix adds to the analyzer's properties before editing: the decisions that need the whole compilation or workspace.</summary>
internal static class FixInputs
{
    public static async Task<ImmutableArray<Diagnostic>> PrepareAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        diagnostics = await OtherSiteSupply.DecideAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        diagnostics = await KeyHolderEdit.ChooseAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        diagnostics = await ConfiguredValue.WithConfigurationInScopeAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        return await ConfigurationInjection.PlanAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
    }
}
