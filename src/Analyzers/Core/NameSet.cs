using System;
using System.Collections.Generic;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The member and type names the rules dispatch on, asked for the name at every <c>(</c>, <c>=</c> and <c>new</c> of
/// every file (see <see cref="OperationDispatch"/>), so the common "no" costs an array read: a bit per last three
/// letters rules out most names before they are read, a bit per (length, first letter) most of the rest before any
/// string is compared.
/// </summary>
internal sealed class NameSet
{
    private const int MaxLength = 128;
    private readonly ulong[] _lengthAndFirst = new ulong[MaxLength];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string>?[] _byLength = new List<string>?[MaxLength];
    private readonly ulong[] _lastThree = new ulong[64 * 64];

    public void Add(string name)
    {
        if (name.Length == 0 || !_names.Add(name))
        {
            return;
        }

        if (name.Length < MaxLength)
        {
            (_byLength[name.Length] ??= new List<string>()).Add(name);
        }

        _lengthAndFirst[Math.Min(name.Length, MaxLength - 1)] |= 1UL << (name[0] & 63);
        var beforeLast = name.Length > 1 ? name[name.Length - 2] : ' ';
        var thirdLast = name.Length > 2 ? name[name.Length - 3] : ' ';
        _lastThree[((name[name.Length - 1] & 63) << 6) | (beforeLast & 63)] |= 1UL << (thirdLast & 63);
    }

    /// <summary>Whether a name ending at <paramref name="end"/> of <paramref name="text"/> in these three characters may be one of the names: one array read, no string.</summary>
    public bool MayEndWith(string text, int end)
        => (_lastThree[((text[end - 1] & 63) << 6) | (text[end - 2] & 63)] & (1UL << (text[end - 3] & 63))) != 0;

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
