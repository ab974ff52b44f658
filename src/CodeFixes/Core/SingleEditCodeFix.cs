using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>Registers one code action per diagnostic whose edit <see cref="DocumentFixAll"/> can also apply in bulk.</summary>
internal static class SingleEditCodeFix
{
    public static async Task RegisterAsync(CodeFixContext context, DocumentFixAll fix, System.Func<Diagnostic, string> title, System.Func<string, string> equivalenceKey)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var diagnostics = await FixInputs.PrepareAsync(context.Document, context.Diagnostics, context.CancellationToken).ConfigureAwait(false);
        for (var i = 0; i < diagnostics.Length; i++)
        {
            if (fix.Apply(root, System.Collections.Immutable.ImmutableArray.Create(diagnostics[i]), context.CancellationToken) is not { } fixedRoot)
            {
                continue;
            }

            var document = context.Document.WithSyntaxRoot(fixedRoot);
            context.RegisterCodeFix(
                CodeAction.Create(title(diagnostics[i]), _ => Task.FromResult(document), equivalenceKey(diagnostics[i].Id)),
                context.Diagnostics[i]);
        }
    }
}
