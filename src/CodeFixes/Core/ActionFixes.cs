using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// Every fix is one edit that the analyzer chose and described in <see cref="FixProperties"/>: remove an
/// assignment, replace it, add a member or an argument, set a value, remove an element, move a literal to
/// configuration, or make a missing setting fail closed. Providers only say which IDs they fix and how to title them.
/// </summary>
internal static class ActionFixes
{
    public static readonly DocumentFixAll FixAll = new(FindTarget, Apply);

    public static string? Action(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Action, out var action) ? action : null;

    public static string Member(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.Member, out var member) && member is not null ? member : "the value";

    public static SyntaxNode? FindTarget(SyntaxNode root, Diagnostic diagnostic)
    {
        switch (Action(diagnostic))
        {
            case FixProperties.ActionSetValue or FixProperties.ActionRemoveElement or FixProperties.ActionMoveToConfiguration:
                // the analyzer points at the value or element to edit
                return diagnostic.AdditionalLocations.Count == 1 && diagnostic.AdditionalLocations[0].IsInSource
                    ? root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true)
                    : null;
            case FixProperties.ActionThrowWhenMissing:
                return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            case FixProperties.ActionRemoveAssignmentAt:
                return diagnostic.AdditionalLocations.Count == 1 && diagnostic.AdditionalLocations[0].IsInSource
                    ? root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AssignmentExpressionSyntax>()
                    : null;
            case FixProperties.ActionRemoveStatement or FixProperties.ActionMoveAfter or FixProperties.ActionAddAadValidation
                or FixProperties.ActionPostConfigureSigningKeyCheck or FixProperties.ActionWrapInDevelopment
                or FixProperties.ActionSplitChainInDevelopment:
                return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<StatementSyntax>();
            case FixProperties.ActionInsertCall:
                return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
            case FixProperties.ActionAddMember or FixProperties.ActionAddArgument:
                return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>();
            default:
                return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<AssignmentExpressionSyntax>();
        }
    }

    public static SyntaxNode? Apply(SyntaxNode root, SyntaxNode target, Diagnostic diagnostic)
    {
        var member = Member(diagnostic);
        return (Action(diagnostic), target) switch
        {
            (FixProperties.ActionRemove, AssignmentExpressionSyntax assignment) => WithRelatedRemoved(root, assignment, diagnostic, MemberAssignmentEdits.Remove),
            (FixProperties.ActionRemoveAssignmentAt, AssignmentExpressionSyntax assignment) => MemberAssignmentEdits.Remove(root, assignment),
            (FixProperties.ActionReplace, AssignmentExpressionSyntax assignment)
                => WithRelatedRemoved(root, assignment, diagnostic, (current, latest) => MemberAssignmentEdits.Replace(current, latest, member, Value(diagnostic))),
            (FixProperties.ActionAddMember, BaseObjectCreationExpressionSyntax creation)
                => MemberAssignmentEdits.AddToInitializer(root, creation, member, Value(diagnostic)),
            (FixProperties.ActionAddArgument, BaseObjectCreationExpressionSyntax creation)
                => MemberAssignmentEdits.AddNamedArgument(root, creation, member, Value(diagnostic)),
            (FixProperties.ActionSetValue, ExpressionSyntax value)
                => root.ReplaceNode(value, Value(diagnostic).WithTriviaFrom(value)),
            (FixProperties.ActionInsertCall, InvocationExpressionSyntax call) => CallInsertion.Before(root, call, member),
            (FixProperties.ActionRemoveElement, _) => MemberAssignmentEdits.RemoveElement(root, target),
            (FixProperties.ActionMoveToConfiguration, ExpressionSyntax literal)
                => KeyHolderEdit.ReplaceInDeclaration(root, literal, KeyFromConfiguration(diagnostic).WithTriviaFrom(literal), diagnostic),
            (FixProperties.ActionThrowWhenMissing, ExpressionSyntax fallback) => ThrowWhenMissing(root, fallback, diagnostic),
            (FixProperties.ActionRemoveStatement, StatementSyntax statement) => StatementEdits.Remove(root, statement),
            (FixProperties.ActionMoveAfter, StatementSyntax statement) => StatementEdits.MoveAfter(root, statement, diagnostic),
            (FixProperties.ActionAddAadValidation, StatementSyntax statement) => AadValidationEdit.Apply(root, statement, diagnostic),
            (FixProperties.ActionPostConfigureSigningKeyCheck, StatementSyntax statement) => SigningKeyCheckEdit.Apply(root, statement, diagnostic),
            (FixProperties.ActionWrapInDevelopment, StatementSyntax statement) => DevelopmentGuardEdit.Wrap(root, statement, diagnostic),
            (FixProperties.ActionSplitChainInDevelopment, StatementSyntax statement) => DevelopmentGuardEdit.SplitChain(root, statement, diagnostic),
            _ => null,
        };
    }

    /// <summary>The value the analyzer spelled out, or else a configuration read that fails closed.</summary>
    public static ExpressionSyntax Value(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(FixProperties.ValueExpression, out var expression) && expression is not null
            ? ConfiguredValue.Simplifiable(SyntaxFactory.ParseExpression(expression))
            : ConfiguredValue.Create(diagnostic.Properties);

    /// <summary>Edits the assignment after removing the assignments at the diagnostic's additional locations (a switch-off the removed delegate covered).</summary>
    private static SyntaxNode? WithRelatedRemoved(SyntaxNode root, AssignmentExpressionSyntax assignment, Diagnostic diagnostic,
        System.Func<SyntaxNode, AssignmentExpressionSyntax, SyntaxNode?> edit)
    {
        var tracked = root.TrackNodes(assignment);
        foreach (var location in diagnostic.AdditionalLocations)
        {
            if (DocumentFixAll.Current(tracked, location)?.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } related
                && MemberAssignmentEdits.Remove(tracked, related) is { } removed)
            {
                tracked = removed;
            }
        }

        return tracked.GetCurrentNode(assignment) is { } current ? edit(tracked, current) : null;
    }

    private static ExpressionSyntax KeyFromConfiguration(Diagnostic diagnostic)
    {
        var read = ConfiguredValue.Create(diagnostic.Properties).ToFullString();
        var kind = diagnostic.Properties.TryGetValue(FixProperties.LiteralKind, out var value) ? value : null;
        var text = kind switch
        {
            "Bytes" => $"global::System.Convert.FromBase64String({read})",
            "Utf8" => $"global::System.Text.Encoding.UTF8.GetBytes({read})",
            "Utf8Span" => $"new global::System.ReadOnlySpan<byte>(global::System.Text.Encoding.UTF8.GetBytes({read}))",
            _ => null,
        };
        return text is null ? ConfiguredValue.Create(diagnostic.Properties) : ConfiguredValue.Simplifiable(SyntaxFactory.ParseExpression(text));
    }

    /// <summary><c>config["K"] ?? "literal"</c> → <c>?? throw …</c>; <c>GetValue&lt;string&gt;("K", "literal")</c> → <c>GetValue&lt;string&gt;("K") ?? throw …</c>.</summary>
    private static SyntaxNode? ThrowWhenMissing(SyntaxNode root, ExpressionSyntax fallback, Diagnostic diagnostic)
    {
        var name = diagnostic.Properties.TryGetValue(FixProperties.SettingName, out var setting) && setting is not null ? setting : "The signing key";
        var thrown = ConfiguredValue.Simplifiable(SyntaxFactory.ParseExpression($"throw new global::System.InvalidOperationException({SymbolDisplay.FormatLiteral(name + " is not configured", quote: true)})"));
        var kind = diagnostic.Properties.TryGetValue(FixProperties.FallbackKind, out var value) ? value : null;
        if (kind == "Coalesce" && fallback.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression })
        {
            return root.ReplaceNode(fallback, thrown.WithTriviaFrom(fallback));
        }

        if (kind != "DefaultArgument" || fallback.Parent is not ArgumentSyntax argument
            || argument.Parent is not ArgumentListSyntax list || list.Parent is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        var read = invocation.WithArgumentList(list.WithArguments(list.Arguments.Remove(argument))).WithoutTrivia();
        if (diagnostic.Properties.TryGetValue(FixProperties.ReadType, out var type) && type is not null
            && read.Expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax method } access)
        {
            // without the fallback nothing tells the compiler GetValue's type argument (CS0411)
            var generic = SyntaxFactory.GenericName(method.Identifier, SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.ParseTypeName(type))));
            read = read.WithExpression(access.WithName(generic));
        }

        ExpressionSyntax replacement = SyntaxFactory.BinaryExpression(SyntaxKind.CoalesceExpression,
            read.WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.Token(SyntaxKind.QuestionQuestionToken).WithTrailingTrivia(SyntaxFactory.Space),
            thrown);
        if (invocation.Parent is not (ArgumentSyntax or EqualsValueClauseSyntax or AssignmentExpressionSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax))
        {
            replacement = SyntaxFactory.ParenthesizedExpression(replacement);
        }

        return root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation));
    }
}
