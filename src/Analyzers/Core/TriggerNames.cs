using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The names the rules asked for — methods, assigned properties, created types — and the text test that finds them at
/// a <c>(</c>, <c>=</c> or <c>new</c> (see <see cref="TriggerText"/>). True means "look closer": the tree and the
/// compiler decide; false is certain.
/// </summary>
internal sealed class TriggerNames
{
    public NameSet Calls { get; } = new();

    public NameSet Assignments { get; } = new();

    public NameSet Creations { get; } = new();

    /// <summary>Identifies the names of all three sets: a file's text holds the same triggers for the same fingerprint.</summary>
    public long Fingerprint => Calls.Fingerprint ^ Rotate(Assignments.Fingerprint, 21) ^ Rotate(Creations.Fingerprint, 42);

    public bool MayBeCall(string text, int paren, bool afterBackslash)
        => MayEndBefore(Calls, text, paren, afterBackslash) && IsNamedBefore(Calls, text, paren, afterBackslash);

    public bool MayBeAssignment(string text, int equals, bool afterBackslash)
        => MayEndBefore(Assignments, text, equals, afterBackslash) && TriggerText.IsAssignmentOperator(text, equals)
            && IsNamedBefore(Assignments, text, equals, afterBackslash);

    /// <summary>
    /// A creation of a type a rule asked for, by the name written after <c>new</c>; for <c>new()</c>, by the type a
    /// declaration writes for it, and where none is written (an argument, a member assignment, a return) the
    /// compiler is asked.
    /// </summary>
    public bool MayBeCreation(string text, int keyword)
    {
        if (!TriggerText.TryReadCreatedName(text, keyword, out var start, out var end, out var targetTyped, out var unsure))
        {
            return false;
        }

        if (!unsure && targetTyped)
        {
            return !TriggerText.TryReadDeclaredType(text, keyword, out start, out end) || Creations.Contains(text, start, end - start);
        }

        return unsure || Creations.Contains(text, start, end - start);
    }

    /// <summary>
    /// <c>using Parameters = Microsoft.IdentityModel.Tokens.TokenValidationParameters;</c> lets <c>new Parameters()</c>
    /// create one: the alias names a type a rule asked for, so creations are looked for by it too. Aliases are written at
    /// the top of a file or a namespace; a global one serves every file.
    /// </summary>
    public void AddAliases(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var (alias, target) in AliasesOf(tree, cancellationToken))
            {
                if (Creations.Contains(target))
                {
                    Creations.Add(alias);
                }
            }
        }
    }

    /// <summary>
    /// The type aliases a file declares, by the rightmost name of their target. Cached per syntax tree: a tree does not
    /// change, and the IDE builds a compilation per edit from the same trees but the one edited (reading every file's
    /// directives again cost 1–2 ms per compilation).
    /// </summary>
    private static (string Alias, string Target)[] AliasesOf(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (AliasCache.TryGetValue(tree, out var cached))
        {
            return cached;
        }

        List<(string, string)>? found = null;
        if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
        {
            AddAliases(unit.Usings, ref found);
            foreach (var member in unit.Members)
            {
                if (member is BaseNamespaceDeclarationSyntax space)
                {
                    AddAliases(space.Usings, ref found);
                }
            }
        }

        return AliasCache.GetValue(tree, _ => found?.ToArray() ?? NoAliases);
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, ref List<(string, string)>? found)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias && directive.Name is { } target)
            {
                (found ??= new()).Add((alias.Name.Identifier.ValueText, RightmostName(target)));
            }
        }
    }

    private static readonly (string Alias, string Target)[] NoAliases = new (string, string)[0];

    private static readonly ConditionalWeakTable<SyntaxTree, (string Alias, string Target)[]> AliasCache = new();

    private static long Rotate(long value, int bits) => (long)(((ulong)value << bits) | ((ulong)value >> (64 - bits)));

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>
    /// Most calls and assignments end here: no name before the <c>(</c> or <c>=</c>, or one whose last three letters no
    /// name the rules asked for ends with. With no backslash before, no name is spelled with an escape: its last three
    /// characters are its last three letters.
    /// </summary>
    private static bool MayEndBefore(NameSet names, string text, int position, bool afterBackslash)
        => afterBackslash || position < 4 || names.MayEndAt(text, position);

    /// <summary>The name before the <c>(</c> or <c>=</c>, read in full, is one of <paramref name="names"/>, or the text cannot tell.</summary>
    private static bool IsNamedBefore(NameSet names, string text, int position, bool afterBackslash)
    {
        var nameEnd = TriggerText.EndBeforeSpaces(text, position);
        switch (TriggerText.NameEndAt(text, nameEnd))
        {
            case NameEnd.None:
            case NameEnd.Short when !names.HasShortNames:
                return false;
            case NameEnd.Plain when names.IsWrittenBefore(text, nameEnd, afterBackslash) is { } written:
                return written;
        }

        return TriggerText.TryReadNameBefore(text, position, out var start, out var end, out var unsure)
            && (unsure || names.Contains(text, start, end - start));
    }
}
