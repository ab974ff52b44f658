using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.CodeFixes.Core;

internal static partial class ConfigurationInjection
{
    /// <summary>The class declarations (in <paramref name="root"/>) that the planned diagnostics inject into, one entry per class.</summary>
    public static List<(ClassDeclarationSyntax Declaration, Diagnostic Planned)> Classes(SyntaxNode root, List<(SyntaxNode Node, Diagnostic Diagnostic)> targets)
    {
        var classes = new List<(ClassDeclarationSyntax, Diagnostic)>();
        var seen = new HashSet<string>();
        foreach (var (_, diagnostic) in targets)
        {
            if (diagnostic.Properties.TryGetValue(Into, out var key) && key is not null && seen.Add(key)
                && Find(root, key) is { } declaration)
            {
                classes.Add((declaration, diagnostic));
            }
        }

        return classes;
    }

    /// <summary>Injects into each class for which at least one edit that reads the injected configuration was applied.</summary>
    public static SyntaxNode InjectAll(SyntaxNode root, List<(ClassDeclarationSyntax Declaration, Diagnostic Planned)> classes, HashSet<string> appliedKeys)
    {
        foreach (var (declaration, planned) in classes)
        {
            if (planned.Properties.TryGetValue(Into, out var key) && key is not null && appliedKeys.Contains(key)
                && root.GetCurrentNode(declaration) is { } current)
            {
                root = Inject(root, current, planned);
            }
        }

        return root;
    }

    private static ClassDeclarationSyntax? Find(SyntaxNode root, string key)
    {
        var parts = key.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var start) || !int.TryParse(parts[1], out var length)
            || start < 0 || start + length > root.FullSpan.End)
        {
            return null;
        }

        var node = root.FindNode(new Microsoft.CodeAnalysis.Text.TextSpan(start, length));
        return node as ClassDeclarationSyntax ?? node.FirstAncestorOrSelf<ClassDeclarationSyntax>(c => Key(c) == key);
    }
}
