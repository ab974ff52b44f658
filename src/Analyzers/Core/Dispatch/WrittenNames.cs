using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.Core.Dispatch;

/// <summary>
/// The member name written at an assignment's target or a call, read from the tree: the dispatch's first filter, before any
/// symbol is touched. Null when the spelling is one the check cannot read (a parenthesized target): the symbol decides then.
/// </summary>
internal static class WrittenNames
{
    /// <summary>The name Roslyn gives every indexer (<see cref="IPropertySymbol.Name"/>), whatever it is called in metadata.</summary>
    public const string IndexerName = "this[]";

    public static string? Assigned(SyntaxNode syntax) => syntax switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            ElementAccessExpressionSyntax or ElementBindingExpressionSyntax or ImplicitElementAccessSyntax => IndexerName,
            _ => null,
        },

        // a member of an anonymous type (`new { x.Name }`, common in LINQ) is never a library's property
        AnonymousObjectMemberDeclaratorSyntax => string.Empty,
        _ => null,
    };

    public static string? Called(SyntaxNode syntax) => syntax is InvocationExpressionSyntax invocation
        ? invocation.Expression switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        }
        : null;
}
