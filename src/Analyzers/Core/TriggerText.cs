using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// Receives the characters a rule's trigger is written with: in each block of text, each kind's positions in order.
/// <c>afterBackslash</c>: a backslash was written before, so a name there may be spelled with a unicode escape.
/// </summary>
internal interface ITriggerSink
{
    /// <summary>A <c>(</c>: a call's argument list, or a cast, a parenthesised expression, a tuple.</summary>
    void Call(string text, int paren, bool afterBackslash);

    /// <summary>An <c>=</c> that is not part of <c>==</c>, <c>=&gt;</c>, <c>!=</c>, <c>&lt;=</c> or <c>&gt;=</c>.</summary>
    void Assignment(string text, int equals, bool afterBackslash);

    /// <summary>The first <c>?</c> of a <c>??</c>, or the <c>n</c> of a <c>new</c>.</summary>
    void FallbackOrCreation(string text, int position);
}

/// <summary>
/// Reads a file's text around the characters every trigger of a rule writes — the <c>(</c> of a call, the <c>=</c>
/// of an assignment, the <c>??</c> of a fallback, the <c>new</c> of a creation — to find the few a rule asked for
/// without a callback per operation (see <see cref="OperationDispatch"/>). The text answers "certainly not" for
/// almost all of them; where it cannot tell (a comment or a line break in the way, a unicode escape in a name) it
/// says <c>unsure</c> and the syntax tree is asked. The tree also has the last word on every candidate
/// (<see cref="TriggerSyntax"/>): a name in a comment, a string or disabled code has no call, assignment or creation there.
/// </summary>
internal static partial class TriggerText
{
    private static readonly byte[] DeBruijnPositions =
    {
        0, 1, 48, 2, 57, 49, 28, 3, 61, 58, 50, 42, 38, 29, 17, 4, 62, 55, 59, 36, 53, 51, 43, 22, 45, 39, 33, 30, 24, 18, 12, 5,
        63, 47, 56, 27, 60, 41, 37, 16, 54, 35, 52, 21, 44, 32, 23, 11, 46, 26, 40, 15, 34, 20, 31, 10, 25, 14, 19, 9, 13, 8, 7, 6,
    };

    /// <summary>
    /// Every <c>(</c>, <c>=</c>, <c>??</c> and <c>new</c> in <paramref name="span"/>, in one pass. A file has hundreds
    /// of them and a search call per character found cost more than the search itself, so this compares a vector
    /// of characters at a time, and hands each kind its own positions: a test per position of which kind it is was
    /// a branch the processor could not predict.
    /// </summary>
    public static void FindTriggers<TSink>(string text, TextSpan span, ref TSink sink)
        where TSink : struct, ITriggerSink
    {
        var i = span.Start;
        var end = span.End;
        var width = Vector<ushort>.Count;

        // where the span starts inside the file (the IDE asking about one member) a backslash may come before it
        var afterBackslash = i > 0;
        if (i == 0 && i < end)
        {
            ScalarTrigger(text, i++, ref afterBackslash, ref sink);
        }

        if (Vector.IsHardwareAccelerated && BitConverter.IsLittleEndian && width <= 64)
        {
            var open = new Vector<ushort>('(');
            var equals = new Vector<ushort>('=');
            var greater = new Vector<ushort>('>');
            var less = new Vector<ushort>('<');
            var bang = new Vector<ushort>('!');
            var question = new Vector<ushort>('?');
            var n = new Vector<ushort>('n');
            var e = new Vector<ushort>('e');
            var w = new Vector<ushort>('w');
            var backslash = new Vector<ushort>('\\');
            ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(text.AsSpan()));

            // each step reads the character before the block and the two after it (they end a "??" or "new" begun
            // in it), all inside the text
            for (; i + width + 2 <= end; i += width)
            {
                ref var at = ref Unsafe.Add(ref first, i * sizeof(char));
                var here = Unsafe.ReadUnaligned<Vector<ushort>>(ref at);
                var next = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref at, sizeof(char)));
                var calls = Vector.Equals(here, open);
                var assignments = Vector.Equals(here, equals);
                var others = (Vector.Equals(here, question) & Vector.Equals(next, question)) | (Vector.Equals(here, n) & Vector.Equals(next, e));
                var backslashes = Vector.Equals(here, backslash);
                if ((calls | assignments | others | backslashes) == Vector<ushort>.Zero)
                {
                    continue;
                }

                afterBackslash |= backslashes != Vector<ushort>.Zero;

                if (assignments != Vector<ushort>.Zero)
                {
                    var before = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Subtract(ref at, sizeof(char)));
                    var comparisons = Vector.Equals(next, equals) | Vector.Equals(next, greater) | Vector.Equals(before, equals)
                        | Vector.Equals(before, bang) | Vector.Equals(before, less) | Vector.Equals(before, greater);
                    for (var bits = Bits(Vector.AndNot(assignments, comparisons)); bits != 0; bits &= bits - 1)
                    {
                        sink.Assignment(text, i + LowestBit(bits), afterBackslash);
                    }
                }

                for (var bits = Bits(calls); bits != 0; bits &= bits - 1)
                {
                    sink.Call(text, i + LowestBit(bits), afterBackslash);
                }

                if (others != Vector<ushort>.Zero)
                {
                    var afterNext = Unsafe.ReadUnaligned<Vector<ushort>>(ref Unsafe.Add(ref at, 2 * sizeof(char)));
                    var found = Vector.AndNot(others, Vector.Equals(here, n) & ~Vector.Equals(afterNext, w));
                    for (var bits = Bits(found); bits != 0; bits &= bits - 1)
                    {
                        sink.FallbackOrCreation(text, i + LowestBit(bits));
                    }
                }
            }
        }

        for (; i < end; i++)
        {
            ScalarTrigger(text, i, ref afterBackslash, ref sink);
        }
    }

    private static void ScalarTrigger<TSink>(string text, int i, ref bool afterBackslash, ref TSink sink)
        where TSink : struct, ITriggerSink
    {
        switch (text[i])
        {
            case '\\':
                afterBackslash = true;
                break;
            case '(':
                sink.Call(text, i, afterBackslash);
                break;
            case '=' when !(i + 1 < text.Length && text[i + 1] is '=' or '>') && !(i > 0 && text[i - 1] is '=' or '!' or '<' or '>'):
                sink.Assignment(text, i, afterBackslash);
                break;
            case '?' when i + 1 < text.Length && text[i + 1] == '?':
            case 'n' when i + 2 < text.Length && text[i + 1] == 'e' && text[i + 2] == 'w':
                sink.FallbackOrCreation(text, i);
                break;
        }
    }

    /// <summary>One bit per character of the block, set where <paramref name="found"/> is.</summary>
    private static ulong Bits(Vector<ushort> found)
    {
        // each 64-bit lane holds four characters, now 0 or 1 in the low bit of each 16; the product gathers those four
        // bits in bits 48-51 (the other partial products fall below them or overflow, none carries into them)
        var lanes = Vector.AsVectorUInt64(found & Vector<ushort>.One);
        ulong bits = 0;
        for (var lane = 0; lane < Vector<ulong>.Count; lane++)
        {
            bits |= ((lanes[lane] * 0x0001_0002_0004_0008UL) >> 48) << (lane * 4);
        }

        return bits;
    }

    private static int LowestBit(ulong bits) => DeBruijnPositions[((bits & (0 - bits)) * 0x03F79D71B4CB0A89UL) >> 58];
}
