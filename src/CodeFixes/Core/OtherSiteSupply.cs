using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Settles <see cref="FixProperties.UnlessOtherSiteSupplies"/>: the value is written unless another configuration site of
/// the same options supplies it, in which case the fix only removes the assignment.
/// </summary>
internal static class OtherSiteSupply
{
    public static async Task<ImmutableArray<Diagnostic>> DecideAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        SemanticModel? model = null;
        WellKnownTypes? types = null;
        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (!diagnostic.Properties.ContainsKey(FixProperties.UnlessOtherSiteSupplies))
            {
                continue;
            }

            model ??= await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            types ??= model is null ? null : WellKnownTypes.TryCreate(model.Compilation);
            if (model is null || types is null || diagnostic.Location.SourceTree != model.SyntaxTree)
            {
                continue;
            }

            var properties = diagnostic.Properties.Remove(FixProperties.UnlessOtherSiteSupplies);
            if (OwnSite(model, diagnostic, types, cancellationToken) is { } site && Need(diagnostic, types) is { } need
                && CompilationSites.For(model.Compilation, types, cancellationToken).OtherSiteSupplies(site, need))
            {
                properties = FixProperties.Remove;
            }

            result[i] = Diagnostic.Create(diagnostic.Descriptor, diagnostic.Location, diagnostic.AdditionalLocations, properties);
        }

        return result.ToImmutable();
    }

    /// <summary>The configuration site whose options hold the object of the reported assignment, found as the analyzer found it.</summary>
    private static ConfigurationSite? OwnSite(SemanticModel model, Diagnostic diagnostic, WellKnownTypes types, CancellationToken cancellationToken)
    {
        var node = model.SyntaxTree.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return model.GetOperation(node, cancellationToken) is IAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
            && ObjectRef.TryResolve(target.Instance, types, out var receiver)
            ? ObjectConfiguration.Collect(assignment, receiver, types).OwnerSite
            : null;
    }

    private static ValidationSource? Need(Diagnostic diagnostic, WellKnownTypes types)
    {
        var member = diagnostic.Properties.TryGetValue(FixProperties.Member, out var value) ? value : null;
        var sources = new ValidValueSources(types);
        return member == sources.Issuer.Member ? sources.Issuer : member == sources.Audience.Member ? sources.Audience : null;
    }
}
