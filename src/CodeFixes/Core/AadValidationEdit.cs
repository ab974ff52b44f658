using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// TVA5002: at the end of the block that configures the options (after any replacement of their parameters), or just before
/// the Katana registration a local is handed to, add
/// <c>IssuerValidator = AadIssuerValidator.GetAadIssuerValidator(authority).Validate</c> and
/// <c>EnableAadSigningKeyIssuerValidation()</c>, and drop a <c>ValidateIssuer = false</c>.
/// </summary>
internal static class AadValidationEdit
{
    private const string ValidatorsNamespace = "Microsoft.IdentityModel.Validators";

    public static SyntaxNode? Apply(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.AuthorityExpression, out var authority) || authority is null)
        {
            return null;
        }

        if (Flag(diagnostic, FixProperties.IntroduceOptionsLocal))
        {
            return AadValidationRegistrationEdit.Apply(root, statement, diagnostic, authority);
        }

        if (statement.Parent is not BlockSyntax block
            || !diagnostic.Properties.TryGetValue(FixProperties.OptionsExpression, out var options) || options is null)
        {
            return null;
        }

        var registration = Flag(diagnostic, FixProperties.BeforeRegistration) ? RegistrationOf(block, statement, options) : null;
        var anchor = registration ?? block.Statements.Last();
        var insertBefore = registration is not null || (anchor is ReturnStatementSyntax && block.Statements.Count > 1);
        var lines = Lines(options, authority, diagnostic, IndentationOf(insertBefore ? anchor : statement));

        // insert first: the switch-off being removed may be the very statement the new lines follow
        var edited = insertBefore ? root.InsertNodesBefore(anchor, lines) : root.InsertNodesAfter(anchor, lines);
        return Finish(RemoveSwitchOffs(edited, diagnostic), diagnostic);
    }

    /// <summary>The statement after <paramref name="declaration"/> that passes the options local to its registration.</summary>
    private static StatementSyntax? RegistrationOf(BlockSyntax block, StatementSyntax declaration, string local)
    {
        foreach (var candidate in block.Statements.SkipWhile(candidate => candidate != declaration).Skip(1))
        {
            if (candidate is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }
                && call.ArgumentList.Arguments.Any(argument => argument.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == local))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The statements that configure <paramref name="options"/>' parameters, as the diagnostic asks.</summary>
    public static List<StatementSyntax> Lines(string options, string authority, Diagnostic diagnostic, SyntaxTriviaList indentation)
    {
        var lines = new List<StatementSyntax>();
        if (Flag(diagnostic, FixProperties.AddIssuerValidator))
        {
            lines.Add(Line($"{options}.TokenValidationParameters.IssuerValidator = global::{ValidatorsNamespace}.AadIssuerValidator.GetAadIssuerValidator({authority}).Validate;", indentation));
        }

        if (Flag(diagnostic, FixProperties.AddSigningKeyCheck))
        {
            lines.Add(Line($"{options}.TokenValidationParameters.EnableAadSigningKeyIssuerValidation();", indentation));
        }

        return lines;
    }

    /// <summary>Removes the <c>ValidateIssuer = false</c> assignments at the diagnostic's additional locations.</summary>
    public static SyntaxNode RemoveSwitchOffs(SyntaxNode root, Diagnostic diagnostic)
    {
        var edited = root;
        foreach (var location in diagnostic.AdditionalLocations)
        {
            if (DocumentFixAll.Current(edited, location)?.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } switchOff
                && MemberAssignmentEdits.Remove(edited, switchOff) is { } removed)
            {
                edited = removed;
            }
        }

        return edited;
    }

    public static SyntaxNode Finish(SyntaxNode edited, Diagnostic diagnostic)
        => Flag(diagnostic, FixProperties.AddSigningKeyCheck) ? Usings.Ensure(edited, ValidatorsNamespace) : edited;

    public static SyntaxTriviaList IndentationOf(StatementSyntax statement)
    {
        var leading = statement.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }

    private static bool Flag(Diagnostic diagnostic, string key)
        => diagnostic.Properties.TryGetValue(key, out var value) && value == "true";

    private static StatementSyntax Line(string code, SyntaxTriviaList indentation)
        => ConfiguredValue.SimplifiableStatement(SyntaxFactory.ParseStatement(code))
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
}
