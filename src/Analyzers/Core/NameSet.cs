using System;
using System.Collections.Generic;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The member and type names the rules dispatch on. Asked once per assignment and creation of every file, and for
/// every identifier before a <c>(</c> by the call scan, so the common "no" costs two array reads: a bit per
/// (length, first letter) pair rules out almost every name an application uses before any string is compared.
/// </summary>
internal sealed class NameSet
{
    private const int MaxLength = 128;
    private readonly ulong[] _lengthAndFirst = new ulong[MaxLength];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly List<string>?[] _byLength = new List<string>?[MaxLength];
    private readonly ulong[] _lastTwo = new ulong[64];

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
        _lastTwo[name[name.Length - 1] & 63] |= 1UL << ((name.Length > 1 ? name[name.Length - 2] : ' ') & 63);
    }

    /// <summary>Whether a name ending in these two characters may be one of the names: two array reads, no string.</summary>
    public bool MayEndWith(char beforeLast, char last) => (_lastTwo[last & 63] & (1UL << (beforeLast & 63))) != 0;

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
            if (string.CompareOrdinal(text, start, name, 0, length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private bool MayContain(char first, int length)
        => (_lengthAndFirst[Math.Min(length, MaxLength - 1)] & (1UL << (first & 63))) != 0;
}
