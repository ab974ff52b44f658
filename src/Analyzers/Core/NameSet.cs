using System;
using System.Collections.Generic;

namespace TokenValidationAnalyzers.Core;

/// <summary>
/// The member and type names the rules dispatch on. Asked once per assignment, call and creation of every file, so
/// the common "no" costs two array reads: a bit per (length, first letter) pair rules out almost every name an
/// application uses before any string is hashed.
/// </summary>
internal sealed class NameSet
{
    private const int MaxLength = 64;
    private readonly ulong[] _lengthAndFirst = new ulong[MaxLength];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        if (name.Length == 0)
        {
            return;
        }

        _names.Add(name);
        _lengthAndFirst[Math.Min(name.Length, MaxLength - 1)] |= 1UL << (name[0] & 63);
    }

    public bool Contains(string name)
        => name.Length != 0
            && (_lengthAndFirst[Math.Min(name.Length, MaxLength - 1)] & (1UL << (name[0] & 63))) != 0
            && _names.Contains(name);
}
