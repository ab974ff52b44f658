using System;

namespace TokenValidationAnalyzers.Core;

/// <summary>How the text ends just before a <c>(</c> or <c>=</c> (<see cref="TriggerText.NameEndAt"/>).</summary>
internal enum NameEnd
{
    /// <summary>No name ends there: an operator, a bracket, a quote.</summary>
    None,

    /// <summary>A name of at least three letters ends there, written plainly: its last three letters may judge it.</summary>
    Plain,

    /// <summary>A name of one or two letters.</summary>
    Short,

    /// <summary>The text cannot tell: type arguments, a comment or a line break in the way, a unicode escape.</summary>
    Unsure,
}

/// <summary>Reading the names written at a trigger: before a <c>(</c> or <c>=</c>, after a <c>new</c>.</summary>
internal static partial class TriggerText
{
    private const int MaxTypeArgumentLength = 256;
    private const byte Identifier = 1;
    private const byte Hex = 2;
    private const byte MayHideName = 4;
    private const byte NonAscii = 8;

    private static readonly byte[] AsciiFlags = CreateAsciiFlags();

    /// <summary>
    /// Reads the identifier written before <paramref name="position"/> (the <c>(</c> of a call, the <c>=</c> of an
    /// assignment), skipping blanks and type arguments. Returns false when there is none (a cast, a parenthesised
    /// expression after an operator, an indexer). <paramref name="unsure"/> is set when the text cannot tell which
    /// name stands there: a comment or a line break before <paramref name="position"/>, or a unicode escape.
    /// </summary>
    public static bool TryReadNameBefore(string text, int position, out int start, out int end, out bool unsure)
    {
        var i = SkipBlanksBack(text, position - 1, out unsure);
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
    /// What ends at <paramref name="end"/> (exclusive), from its last three characters: a plain name the caller may judge
    /// by its last three letters — not when they could end a unicode escape (<c>SetSwitc\u0068(</c>) —, a name too
    /// short for that, no name at all, or text that hides which name it is.
    /// </summary>
    public static NameEnd NameEndAt(string text, int end)
    {
        var last = FlagsAt(text, end - 1);
        if ((last & Identifier) == 0)
        {
            return (last & MayHideName) != 0 ? NameEnd.Unsure : NameEnd.None;
        }

        var beforeLast = FlagsAt(text, end - 2);
        var third = FlagsAt(text, end - 3);
        if (((last | beforeLast | third) & NonAscii) != 0 || (last & beforeLast & Hex) != 0)
        {
            return NameEnd.Unsure;
        }

        if ((beforeLast & Identifier) == 0)
        {
            return NameEnd.Short;
        }

        return (third & Identifier) != 0 ? NameEnd.Plain : (third & MayHideName) != 0 ? NameEnd.Unsure : NameEnd.Short;
    }

    /// <summary>Back over the spaces written before <paramref name="position"/>: where a name before a <c>(</c> or <c>=</c> ends.</summary>
    public static int EndBeforeSpaces(string text, int position)
    {
        while (position > 0 && text[position - 1] == ' ')
        {
            position--;
        }

        return position;
    }

    /// <summary>The <c>=</c> at <paramref name="equals"/> is a plain assignment's: not <c>==</c>, <c>=&gt;</c>, <c>!=</c>, <c>+=</c>, <c>??=</c>….</summary>
    public static bool IsAssignmentOperator(string text, int equals)
        => (equals + 1 >= text.Length || text[equals + 1] is not ('=' or '>'))
            && (equals == 0 || text[equals - 1] is not ('=' or '!' or '<' or '>' or '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '?'));

    /// <summary>The <c>?</c> at <paramref name="question"/> opens a <c>??</c> that is not <c>??=</c> and not <c>?? throw</c>.</summary>
    public static bool IsFallbackOperator(string text, int question)
    {
        if (question + 2 >= text.Length || text[question + 1] != '?' || text[question + 2] == '=')
        {
            return false;
        }

        var i = question + 2;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return !(string.CompareOrdinal(text, i, "throw", 0, 5) == 0 && (i + 5 >= text.Length || !IsIdentifierPart(text[i + 5])));
    }

    /// <summary>
    /// The <c>new</c> at <paramref name="keyword"/> stands alone (not inside a longer identifier). Reads the name of the
    /// created type: the last identifier of <c>new A.B.Name</c> before its <c>(</c>, <c>{</c> or type arguments.
    /// <paramref name="targetTyped"/> when <c>new(</c> names no type; <paramref name="unsure"/> when a comment, a
    /// directive or a unicode escape stands in the way.
    /// </summary>
    public static bool TryReadCreatedName(string text, int keyword, out int start, out int end, out bool targetTyped, out bool unsure)
    {
        start = end = 0;
        targetTyped = unsure = false;
        var i = keyword + 3;
        if ((keyword > 0 && (IsIdentifierPart(text[keyword - 1]) || text[keyword - 1] is '@' or '\\')) || (i < text.Length && IsIdentifierPart(text[i])))
        {
            return false;
        }

        while (true)
        {
            i = SkipBlanksForward(text, i, ref unsure);
            if (i >= text.Length || unsure)
            {
                return unsure;
            }

            if (text[i] == '(' && end == 0)
            {
                targetTyped = true;
                return true;
            }

            if (text[i] == '@')
            {
                i++;
            }

            var nameStart = i;
            while (i < text.Length && IsIdentifierPart(text[i]))
            {
                i++;
            }

            if (i == nameStart)
            {
                unsure = i < text.Length && text[i] == '\\';
                return unsure;
            }

            (start, end) = (nameStart, i);
            i = SkipBlanksForward(text, i, ref unsure);
            if (i < text.Length && text[i] == ':' && i + 1 < text.Length && text[i + 1] == ':')
            {
                i += 2; // global::
            }
            else if (i < text.Length && text[i] == '.')
            {
                i++;
            }
            else
            {
                unsure |= i < text.Length && text[i] == '\\';
                return true;
            }
        }
    }

    /// <summary>
    /// For a target-typed <c>new(</c> at <paramref name="keyword"/>: the type a declaration writes for it
    /// (<c>Type name = new(</c>), so the caller can rule it out without binding. False where the text names no type:
    /// an assignment to a member, an argument, a return — there only the compiler knows.
    /// </summary>
    public static bool TryReadDeclaredType(string text, int keyword, out int start, out int end)
    {
        start = end = 0;
        var i = SkipBlanksBack(text, keyword - 1, out var unsure);
        if (unsure || i < 1 || text[i] != '=' || !IsAssignmentOperator(text, i)
            || !TryReadNameBefore(text, i, out var nameStart, out _, out unsure) || unsure)
        {
            return false;
        }

        if (!TryReadNameBefore(text, SkipNullableBack(text, nameStart), out start, out end, out unsure) || unsure || end == start)
        {
            return false;
        }

        // `else x = new()`, `return x = new()`: a statement's keyword, not a type
        var length = end - start;
        return !(IsWord(text, start, length, "else") || IsWord(text, start, length, "return") || IsWord(text, start, length, "do")
            || IsWord(text, start, length, "in") || IsWord(text, start, length, "throw") || IsWord(text, start, length, "case"));
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

    /// <summary>Forward over blanks and comments; <paramref name="unsure"/> when a directive or an unfinished comment is met.</summary>
    private static int SkipBlanksForward(string text, int i, ref bool unsure)
    {
        while (i < text.Length)
        {
            switch (text[i])
            {
                case ' ' or '\t' or '\r' or '\n':
                    i++;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '/':
                    var lineEnd = text.IndexOf('\n', i);
                    i = lineEnd < 0 ? text.Length : lineEnd + 1;
                    break;
                case '/' when i + 1 < text.Length && text[i + 1] == '*':
                    var commentEnd = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    unsure |= commentEnd < 0;
                    i = commentEnd < 0 ? text.Length : commentEnd + 2;
                    break;
                case '#':
                    unsure = true;
                    return i;
                default:
                    return i;
            }
        }

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

    /// <summary>Where a declared type ends when it is nullable: <c>Type? name</c> (a conditional's <c>?</c> has a blank before it).</summary>
    private static int SkipNullableBack(string text, int nameStart)
    {
        var i = nameStart;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i > 1 && text[i - 1] == '?' && (IsIdentifierPart(text[i - 2]) || text[i - 2] == '>') ? i - 1 : nameStart;
    }

    private static bool IsWord(string text, int start, int length, string word)
        => length == word.Length && string.CompareOrdinal(text, start, word, 0, length) == 0;

    // anything outside ASCII counts: no name a rule asks for has such a letter, so a wider identifier never matches
    public static bool IsIdentifierPart(char c) => (Flags(c) & Identifier) != 0;

    private static byte Flags(char c) => c < 128 ? AsciiFlags[c] : (byte)(Identifier | NonAscii);

    private static byte FlagsAt(string text, int i) => i >= 0 ? Flags(text[i]) : (byte)0;

    private static byte[] CreateAsciiFlags()
    {
        var flags = new byte[128];
        for (var c = '\0'; c < 128; c++)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_')
            {
                flags[c] |= Identifier;
            }

            if (c is (>= 'a' and <= 'f') or (>= 'A' and <= 'F') or (>= '0' and <= '9'))
            {
                flags[c] |= Hex;
            }

            // type arguments, a comment's end, a unicode escape, a line or tab between the name and the trigger
            if (c is '>' or '/' or '\\' or '\t' or '\r' or '\n' or '\f' or '\v')
            {
                flags[c] |= MayHideName;
            }
        }

        return flags;
    }
}
