namespace TokenValidationAnalyzers.Core.Dispatch;

/// <summary>
/// The member names some rule registered, asked on every call and assignment of the compilation. Most names written in
/// code are rejected after reading their length and two characters: an open-addressing table keyed by those, so a
/// miss hashes nothing and touches one slot of one small array.
/// </summary>
internal sealed class NameFilter
{
    private string?[] _slots = new string?[32];
    private int _count;

    public void Add(string name)
    {
        if (name.Length == 0 || Contains(name))
        {
            return;
        }

        if ((_count + 1) * 4 > _slots.Length)
        {
            var old = _slots;
            _slots = new string?[old.Length * 2];
            foreach (var existing in old)
            {
                if (existing is not null)
                {
                    Insert(existing);
                }
            }
        }

        Insert(name);
        _count++;
    }

    public bool Contains(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        var mask = _slots.Length - 1;
        for (var slot = Slot(name, mask); _slots[slot] is { } candidate; slot = (slot + 1) & mask)
        {
            if (string.Equals(candidate, name, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Insert(string name)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(name, mask);
        while (_slots[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = name;
    }

    private static int Slot(string name, int mask) => ((name.Length * 31) + (name[0] * 7) + name[name.Length - 1]) & mask;
}
