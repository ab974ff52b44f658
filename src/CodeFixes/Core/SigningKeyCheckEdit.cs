using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TokenValidationAnalyzers.FixContract;

namespace TokenValidationAnalyzers.CodeFixes.Core;

/// <summary>
/// TVA5002 on Identity.Web web apps: after the statement that adds the scheme, post-configure its OpenID Connect
/// options with <c>EnableAadSigningKeyIssuerValidation()</c> (post-configure runs after Identity.Web's own configuration).
/// </summary>
internal static class SigningKeyCheckEdit
{
    private const string OpenIdConnectNamespace = "Microsoft.AspNetCore.Authentication.OpenIdConnect";
    private const string ValidatorsNamespace = "Microsoft.IdentityModel.Validators";
    private const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    public static SyntaxNode? Apply(SyntaxNode root, StatementSyntax statement, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.ServicesExpression, out var services) || services is null
            || !diagnostic.Properties.TryGetValue(FixProperties.SchemeExpression, out var scheme) || scheme is null)
        {
            return null;
        }

        var code = $"{services}.PostConfigure<global::{OpenIdConnectNamespace}.OpenIdConnectOptions>({scheme}, options => options.TokenValidationParameters.EnableAadSigningKeyIssuerValidation());";
        var line = ConfiguredValue.SimplifiableStatement(SyntaxFactory.ParseStatement(code))
            .WithLeadingTrivia(Indentation(statement))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"));
        SyntaxNode edited;
        switch (statement.Parent)
        {
            case BlockSyntax:
                edited = root.InsertNodesAfter(statement, new[] { line });
                break;
            case GlobalStatementSyntax global:
                edited = root.InsertNodesAfter(global, new[] { SyntaxFactory.GlobalStatement(line) });
                break;
            default:
                return null;
        }

        return Usings.Ensure(Usings.Ensure(Usings.Ensure(edited, DependencyInjectionNamespace), OpenIdConnectNamespace), ValidatorsNamespace);
    }

    private static SyntaxTriviaList Indentation(StatementSyntax statement)
    {
        var leading = statement.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }
}
