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
    public static ImmutableArray<Diagnostic> Decide(FixInput input, ImmutableArray<Diagnostic> diagnostics)
    {
        var result = diagnostics.ToBuilder();
        for (var i = 0; i < result.Count; i++)
        {
            var diagnostic = result[i];
            if (!diagnostic.Properties.ContainsKey(FixProperties.UnlessOtherSiteSupplies) || diagnostic.Location.SourceTree != input.Model.SyntaxTree)
            {
                continue;
            }

            var properties = diagnostic.Properties.Remove(FixProperties.UnlessOtherSiteSupplies);
            if (OwnSite(input.Model, diagnostic, input.Types, input.CancellationToken) is { } site && Need(diagnostic, input.Types) is { } need
                && CompilationSites.For(input.Model.Compilation, input.Types, input.CancellationToken).OtherSiteSupplies(site, need))
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
