using System;
using System.Collections.Generic;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The member and type names the rules dispatch on, asked about the name before every <c>(</c> and <c>=</c> and after
/// every <c>new</c> of every file (see <see cref="OperationDispatch"/>), so the common "no" costs a table read: a bit
/// per last three characters (<see cref="MayEndAt"/>) rules out most calls and assignments before a name is read; where
/// it cannot, the names ending in the same two letters are compared with the text (<see cref="IsWrittenBefore"/>); a
/// bit per (length, first letter) rules out most names read in full before a string is compared.
/// </summary>
internal sealed class NameSet
{
    private const int MaxLength = 128;
    private readonly ulong[] _lengthAndFirst = new ulong[MaxLength];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string>?[] _byLength = new List<string>?[MaxLength];
    private readonly ulong[] _endings = (ulong[])HiddenEndings.Clone();
    private readonly string[]?[] _byLastTwo = new string[]?[256];

    public void Add(string name)
    {
        if (name.Length == 0 || !_names.Add(name))
        {
            return;
        }

        HasShortNames |= name.Length < 3;
        Fingerprint ^= Hash(name);
        if (name.Length < MaxLength)
        {
            (_byLength[name.Length] ??= new List<string>()).Add(name);
        }

        _lengthAndFirst[Math.Min(name.Length, MaxLength - 1)] |= 1UL << (name[0] & 63);
        AddEnding(name);
        if (name.Length > 2)
        {
            ref var bucket = ref _byLastTwo[LastTwo(name[name.Length - 1], name[name.Length - 2])];
            Array.Resize(ref bucket, (bucket?.Length ?? 0) + 1);
            bucket[bucket.Length - 1] = name;
        }
    }

    /// <summary>
    /// Whether the identifier written plainly before <paramref name="end"/> (its last three characters are letters or
    /// digits that end no unicode escape, see <see cref="TriggerText.NameEndAt"/>) is one of the names. The names
    /// ending in its last two letters are compared with the text before it: one that matches and stands alone is a
    /// <c>true</c>; <c>null</c> when a backslash in or just before those characters may hide the name behind an escape
    /// (none can without <paramref name="afterBackslash"/>).
    /// </summary>
    public bool? IsWrittenBefore(string text, int end, bool afterBackslash)
    {
        if (_byLastTwo[LastTwo(text[end - 1], text[end - 2])] is not { } bucket)
        {
            return false;
        }

        foreach (var name in bucket)
        {
            var start = end - name.Length;
            if (start < 0)
            {
                continue;
            }

            // an escape among those letters begins with a backslash at most nine characters before them (\UXXXXXXXX)
            var escapeStart = Math.Max(0, start - 9);
            if (afterBackslash && text.IndexOf('\\', escapeStart, end - escapeStart) >= 0)
            {
                return null;
            }

            // no escape among the last letters: the name is theirs if they spell it and no letter comes before
            if (text[start] == name[0] && !(start > 0 && TriggerText.IsIdentifierPart(text[start - 1]))
                && text.AsSpan(start, name.Length).SequenceEqual(name.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the names may be written before the <c>(</c> or <c>=</c> at <paramref name="position"/>, from the
    /// three characters before it (one blank between is skipped): one table read, no branch to mispredict, false for
    /// almost every call and assignment of a file. True also where those characters hide what stands there (a second
    /// blank, a line break, a comment's end, type arguments); unicode escapes are the caller's (see <see cref="TriggerText"/>).
    /// </summary>
    public bool MayEndAt(string text, int position)
    {
        var end = position - (text[position - 1] == ' ' ? 1 : 0);
        var index = (Code(text[end - 1]) << 10) | (Code(text[end - 2]) << 5) | Code(text[end - 3]);
        return ((_endings[index >> 6] >> index) & 1) != 0;
    }

    private const int NoName = 0;
    private const int Digit = 27;
    private const int Underscore = 28;
    private const int Gap = 30;
    private const int Hiding = 31;
    private static readonly byte[] Codes = CreateCodes();
    private static readonly ulong[] HiddenEndings = CreateEndings();

    /// <summary>
    /// Five bits per character: a letter (either case), a digit, <c>_</c>; a gap — a blank, a comment's end, type
    /// arguments' end —, behind which a name may hide when it stands just before the trigger; a character that may be
    /// part of a name in a way the text does not show (a backslash, anything beyond ASCII); or one that ends a name.
    /// </summary>
    private static int Code(char c) => Codes[Math.Min(c, (char)128)];

    private static byte[] CreateCodes()
    {
        var codes = new byte[129];
        for (var c = '\0'; c <= 128; c++)
        {
            codes[c] = c switch
            {
                >= 'a' and <= 'z' => (byte)(c - 'a' + 1),
                >= 'A' and <= 'Z' => (byte)(c - 'A' + 1),
                >= '0' and <= '9' => Digit,
                '_' => Underscore,
                ' ' or '\t' or '\r' or '\n' or '\f' or '\v' or '/' or '>' => Gap,
                '\\' or (char)128 => Hiding,
                _ => NoName,
            };
        }

        return codes;
    }

    /// <summary>Every ending with a gap just before the trigger, or a hiding character in the name, is a "maybe"; names add their own last three letters.</summary>
    private static ulong[] CreateEndings()
    {
        var endings = new ulong[32 * 32 * 32 / 64];
        for (var last = 0; last < 32; last++)
        {
            for (var beforeLast = 0; beforeLast < 32; beforeLast++)
            {
                for (var third = 0; third < 32; third++)
                {
                    if (last is Gap or Hiding || (IsNamePart(last) && (beforeLast == Hiding || (IsNamePart(beforeLast) && third == Hiding))))
                    {
                        var index = (last << 10) | (beforeLast << 5) | third;
                        endings[index >> 6] |= 1UL << index;
                    }
                }
            }
        }

        return endings;
    }

    private void AddEnding(string name)
    {
        var last = Code(name[name.Length - 1]) << 10;
        if (name.Length > 2)
        {
            Set(last | (Code(name[name.Length - 2]) << 5) | Code(name[name.Length - 3]));
            return;
        }

        // a name of one or two letters ends before any character that cannot continue it
        for (var before = 0; before < 32; before++)
        {
            for (var third = 0; third < 32; third++)
            {
                if (name.Length == 2 && before == Code(name[0]) && !IsNamePart(third))
                {
                    Set(last | (before << 5) | third);
                }
                else if (name.Length == 1 && !IsNamePart(before))
                {
                    Set(last | (before << 5) | third);
                }
            }
        }
    }

    private void Set(int index) => _endings[index >> 6] |= 1UL << index;

    private static bool IsNamePart(int code) => code is not (NoName or Gap or Hiding);

    private static int LastTwo(char last, char beforeLast) => ((last * 31) + beforeLast) & 255;

    /// <summary>The same for the same names, whatever their order; almost surely different for different names.</summary>
    public long Fingerprint { get; private set; }

    // FNV-1a, 64 bits
    private static long Hash(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }

    /// <summary>A name shorter than three letters was added: such a name is not judged by its last three.</summary>
    public bool HasShortNames { get; private set; }

    public bool Contains(string name)
        => name.Length != 0 && MayContain(name[0], name.Length) && _names.Contains(name);

    /// <summary>Whether <paramref name="text"/> holds one of the names at <paramref name="start"/>, without a substring.</summary>
    public bool Contains(string text, int start, int length)
    {
        if (length == 0 || length >= MaxLength || !MayContain(text[start], length) || _byLength[length] is not { } sameLength)
        {
            return false;
        }

        foreach (var name in sameLength)
        {
            if (text.AsSpan(start, length).SequenceEqual(name.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    private bool MayContain(char first, int length)
        => (_lengthAndFirst[Math.Min(length, MaxLength - 1)] & (1UL << (first & 63))) != 0;
}
