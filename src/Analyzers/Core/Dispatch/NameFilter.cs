namespace TokenValidationAnalyzers.Core.Dispatch;

/// <summary>
/// The member names some rule registered, asked on every call and assignment of the compilation. Most names written in
/// code are rejected after reading their length and two characters: an open-addressing table keyed by those, so a
/// miss hashes nothing and touches one slot of one small array. A name may carry a value (a call's pre-check), read
/// from the same slot.
/// </summary>
internal sealed class NameFilter
{
    private string?[] _slots = new string?[32];
    private object?[] _values = new object?[32];
    private int _count;

    public void Add(string name) => Add(name, null, replace: false);

    /// <summary>Adds the name, or replaces the value it carries.</summary>
    public void Set(string name, object? value) => Add(name, value, replace: true);

    public bool Contains(string name) => Find(name) >= 0;

    public bool TryGetValue(string name, out object? value)
    {
        var slot = Find(name);
        value = slot >= 0 ? _values[slot] : null;
        return slot >= 0;
    }

    private void Add(string name, object? value, bool replace)
    {
        if (name.Length == 0)
        {
            return;
        }

        if (Find(name) is var existing and >= 0)
        {
            if (replace)
            {
                _values[existing] = value;
            }

            return;
        }

        if ((_count + 1) * 4 > _slots.Length)
        {
            var (oldSlots, oldValues) = (_slots, _values);
            _slots = new string?[oldSlots.Length * 2];
            _values = new object?[oldSlots.Length * 2];
            for (var i = 0; i < oldSlots.Length; i++)
            {
                if (oldSlots[i] is { } kept)
                {
                    Insert(kept, oldValues[i]);
                }
            }
        }

        Insert(name, value);
        _count++;
    }

    private int Find(string name)
    {
        if (name.Length == 0)
        {
            return -1;
        }

        var mask = _slots.Length - 1;
        for (var slot = Slot(name, mask); _slots[slot] is { } candidate; slot = (slot + 1) & mask)
        {
            if (string.Equals(candidate, name, System.StringComparison.Ordinal))
            {
                return slot;
            }
        }

        return -1;
    }

    private void Insert(string name, object? value)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(name, mask);
        while (_slots[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = name;
        _values[slot] = value;
    }

    private static int Slot(string name, int mask) => ((name.Length * 31) + (name[0] * 7) + name[name.Length - 1]) & mask;
}
