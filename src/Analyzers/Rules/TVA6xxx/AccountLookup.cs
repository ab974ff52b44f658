using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// A lookup that finds an account: its predicate compares the login identity (<c>Email</c>, <c>UserName</c>, <c>Upn</c>…) of an
/// element that is an Identity user or a class the application names as one (<c>AppUser</c>, <c>UserAccount</c>). Other
/// records found by the email (<c>UserPreferences</c>, <c>AccountingEntry</c>, a user's <c>ManagerEmail</c>) are not accounts.
/// </summary>
internal static class AccountLookup
{
    private static readonly HashSet<string> LoginIdentityMembers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Email", "EmailAddress", "NormalizedEmail", "Mail", "UserName", "NormalizedUserName", "Upn", "UserPrincipalName",
        "Login", "LoginName", "PreferredUsername",
    };

    private static readonly string[] AccountNouns = { "User", "Users", "Account", "Accounts" };

    /// <summary>Words a class name may end with after the noun that says what it holds: <c>UserEntity</c> is a user.</summary>
    private static readonly string[] NameSuffixes = { "Entity", "Model", "Record", "Row", "Dto", "Data", "Document", "Profile" };

    /// <summary>
    /// Whether a call's predicate may compare a login identity (<c>u.Email == …</c>), read from the tree: most LINQ calls
    /// compare anything else, and ruling them out before their symbols are read keeps the rule cheap (the public API builds
    /// the symbols of a constructed generic method on first use). Unsure (a block body, a method group, a query clause)
    /// means yes; <see cref="IsLoginIdentityOf"/> decides on the symbols.
    /// </summary>
    public static bool MayCompareLoginIdentity(SyntaxNode call)
    {
        if (call is not InvocationExpressionSyntax invocation)
        {
            return true;
        }

        foreach (var argument in invocation.ArgumentList.Arguments)
        {
            switch (argument.Expression)
            {
                case LambdaExpressionSyntax { ExpressionBody: { } body } when MayCompareLoginIdentity(body):
                case LambdaExpressionSyntax { ExpressionBody: null }:
                case AnonymousMethodExpressionSyntax:
                    return true;
            }
        }

        return false;
    }

    private static bool MayCompareLoginIdentity(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression } equals => NamesLoginIdentity(equals.Left) || NamesLoginIdentity(equals.Right),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression } logical
            => MayCompareLoginIdentity(logical.Left) || MayCompareLoginIdentity(logical.Right),
        ParenthesizedExpressionSyntax parenthesized => MayCompareLoginIdentity(parenthesized.Expression),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not => MayCompareLoginIdentity(not.Operand),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Equals" } access } call
            => NamesLoginIdentity(access.Expression) || ArgumentNamesLoginIdentity(call),
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Equals" } } call => ArgumentNamesLoginIdentity(call),
        _ => false,
    };

    private static bool ArgumentNamesLoginIdentity(InvocationExpressionSyntax call)
    {
        foreach (var argument in call.ArgumentList.Arguments)
        {
            if (NamesLoginIdentity(argument.Expression))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>u.Email</c>, <c>u.Email.ToLower()</c>, <c>(u.Email)</c>, <c>u.Email!</c>: the written shapes <see cref="IsLoginIdentityOf"/> accepts.</summary>
    private static bool NamesLoginIdentity(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    expression = suppressed.Operand;
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax member } }:
                    return LoginIdentityMembers.Contains(member.Name.Identifier.ValueText);
                case MemberAccessExpressionSyntax member:
                    return LoginIdentityMembers.Contains(member.Name.Identifier.ValueText);
                default:
                    return false;
            }
        }
    }

    /// <summary>The lambda argument: EF Core's lookups take a cancellation token after it.</summary>
    public static IAnonymousFunctionOperation? Predicate(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            switch (Values.StripConversions(argument.Value))
            {
                case IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda }:
                    return lambda;
                case IAnonymousFunctionOperation lambda:
                    return lambda;
            }
        }

        return null;
    }

    public static (IOperation Left, IOperation Right)? Compared(IOperation operation) => operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals => (equals.LeftOperand, equals.RightOperand),
        IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: > 0 } equals => (instance, equals.Arguments[0].Value),
        IInvocationOperation { TargetMethod.Name: "Equals", Instance: null, Arguments.Length: >= 2 } equals => (equals.Arguments[0].Value, equals.Arguments[1].Value),
        _ => null,
    };

    /// <summary><c>u.Email</c>, <c>u.NormalizedEmail</c>, <c>u.Email.ToLower()</c> of the lookup's element.</summary>
    public static bool IsLoginIdentityOf(IOperation operation, IParameterSymbol user)
    {
        var current = Values.StripConversions(operation);
        if (current is IInvocationOperation { Instance: { } text, TargetMethod.ContainingType.SpecialType: SpecialType.System_String })
        {
            current = Values.StripConversions(text);
        }

        var (instance, member) = current switch
        {
            IPropertyReferenceOperation property => (property.Instance, (ISymbol)property.Property),
            IFieldReferenceOperation field => (field.Instance, field.Field),
            _ => (null, null),
        };
        return member is not null && LoginIdentityMembers.Contains(member.Name)
            && instance is IParameterReferenceOperation parameter && SymbolEqualityComparer.Default.Equals(parameter.Parameter, user);
    }

    /// <summary>An Identity user, or a class whose name ends with <c>User</c> or <c>Account</c> (<c>AppUser</c>, <c>UserEntity</c>).</summary>
    public static bool IsAccount(ITypeSymbol? type, INamedTypeSymbol? identityUser)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, identityUser))
            {
                return true;
            }
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named && NamesAnAccount(named.Name);
    }

    private static bool NamesAnAccount(string name)
    {
        var end = name.Length;
        while (end > 0)
        {
            var start = end - 1;
            while (start > 0 && !(char.IsUpper(name[start]) && !char.IsUpper(name[start - 1])))
            {
                start--;
            }

            // an interface's I is part of its first word: IUser
            if (IsOneOf(name, start, end, AccountNouns) || (start == 0 && name[0] == 'I' && IsOneOf(name, 1, end, AccountNouns)))
            {
                return true;
            }

            if (!IsOneOf(name, start, end, NameSuffixes))
            {
                return false;
            }

            end = start;
        }

        return false;
    }

    private static bool IsOneOf(string name, int start, int end, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == end - start && string.Compare(name, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
