using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// Finds calls by the name written before their argument list, so the package needs no callback per call. An
/// application makes dozens of calls per method, and the analyzer driver's own cost per callback (clock reads and a
/// dictionary update around each one) over every call of a project was, measured, as much as CA5404 and CA5405 cost
/// together. Every call writes its method's name before its arguments — <c>Name(</c>, <c>x.Name(</c>,
/// <c>x?.Name(</c>, <c>Name&lt;T&gt;(</c> — so <see cref="OperationDispatch"/> reads the identifier before each
/// <c>(</c> of a file and binds only the calls whose name a rule asked for. Where the text cannot tell (a comment or
/// a line break before the <c>(</c>, a unicode escape in the name), the syntax tree is asked instead. A name in a
/// comment, a string or disabled code has no call there and is dropped by <see cref="InvocationAt"/>.
/// </summary>
internal static class CallScan
{
    private const int MaxTypeArgumentLength = 256;

    /// <summary>
    /// Reads the identifier written before the <c>(</c> at <paramref name="paren"/>, skipping blanks and type
    /// arguments. Returns false when there is none (a cast, a parenthesised expression after an operator).
    /// <paramref name="unsure"/> is set when the text cannot tell which name the call has: a comment or a line
    /// break stands before the <c>(</c>, or the name is spelled with a unicode escape; the caller then asks the tree.
    /// </summary>
    public static bool TryReadName(string text, int paren, out int start, out int end, out bool unsure)
    {
        var i = SkipBlanksBack(text, paren - 1, out unsure);
        if (!unsure && i >= 0 && text[i] == '>')
        {
            i = SkipTypeArgumentsBack(text, i);
            i = i < 0 ? i : SkipBlanksBack(text, i, out unsure);
        }

        end = i + 1;
        while (!unsure && i >= 0 && IsIdentifierPart(text[i]))
        {
            i--;
        }

        start = i + 1;
        unsure |= i >= 0 && text[i] == '\\';
        return unsure || end > start;
    }

    /// <summary>
    /// The <c>(</c> at <paramref name="paren"/> follows a name's last two letters directly, as most calls write it: the
    /// caller may judge the name by them. Not when they could end a unicode escape (<c>SetSwitc\u0068(</c>).
    /// </summary>
    public static bool EndsPlainName(string text, int paren)
        => IsIdentifierPart(text[paren - 1]) && IsIdentifierPart(text[paren - 2]) && !(IsHexDigit(text[paren - 1]) && IsHexDigit(text[paren - 2]));

    /// <summary>The call whose argument list opens at <paramref name="paren"/>, and the name of the method it calls.</summary>
    public static InvocationExpressionSyntax? InvocationAt(SyntaxNode root, int paren, out SyntaxToken name)
    {
        var open = root.FindToken(paren);
        if (open.SpanStart != paren || !open.IsKind(SyntaxKind.OpenParenToken)
            || open.Parent is not ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation })
        {
            name = default;
            return null;
        }

        name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier,
            SimpleNameSyntax simple => simple.Identifier,
            _ => default,
        };
        return name.IsKind(SyntaxKind.IdentifierToken) ? invocation : null;
    }

    /// <summary>Back over spaces, tabs and line ends; <paramref name="unsure"/> when a line end or a comment's end is met.</summary>
    private static int SkipBlanksBack(string text, int i, out bool unsure)
    {
        unsure = false;
        while (i >= 0 && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            // the line before may end in a comment, and the name may come before it
            unsure |= text[i] is '\r' or '\n';
            i--;
        }

        unsure |= i >= 0 && text[i] == '/';
        return i;
    }

    /// <summary>From the <c>&gt;</c> at <paramref name="i"/> back past its <c>&lt;</c>; -1 when it closes no type argument list.</summary>
    private static int SkipTypeArgumentsBack(string text, int i)
    {
        if (i > 0 && text[i - 1] is '=' or '-')
        {
            return -1; // a lambda arrow or a pointer member access, not type arguments
        }

        var depth = 0;
        for (var stop = i - MaxTypeArgumentLength; i >= 0 && i > stop; i--)
        {
            switch (text[i])
            {
                case '>':
                    depth++;
                    break;
                case '<' when --depth == 0:
                    return i - 1;
                case ';' or '{' or '}' or '=' or '"':
                    return -1;
            }
        }

        return -1;
    }

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    // anything outside ASCII counts: no name a rule asks for has such a letter, so a wider identifier never matches
    private static bool IsIdentifierPart(char c)
        => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or >= '\u0080';
}
