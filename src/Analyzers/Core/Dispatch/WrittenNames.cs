using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

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

    public static string? Called(SyntaxNode syntax) => syntax switch
    {
        InvocationExpressionSyntax invocation => invocation.Expression switch
        {
            SimpleNameSyntax name => name.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        },
        ConstructorInitializerSyntax or PrimaryConstructorBaseTypeSyntax => WellKnownMemberNames.InstanceConstructorName,
        _ => null,
    };

    /// <summary>
    /// Also the calls the compiler writes itself: a constructor's base call (in every constructor without an initializer),
    /// a collection initializer's <c>Add</c>, an interpolated string handler's appends. Their syntax is the constructor or
    /// the element, an invocation written there names another call; left to the symbol, each costs a public symbol, built
    /// afresh for a generic method.
    /// </summary>
    public static string? Called(IInvocationOperation invocation) => !invocation.IsImplicit
        ? Called(invocation.Syntax)
        : invocation.Syntax switch
        {
            ConstructorDeclarationSyntax or TypeDeclarationSyntax => WellKnownMemberNames.InstanceConstructorName,
            InterpolatedStringTextSyntax => "AppendLiteral",
            InterpolationSyntax => "AppendFormatted",
            { Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } } => "Add",
            _ => null,
        };
}
