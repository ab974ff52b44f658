using System.Collections.Generic;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Which names in one operation block denote the same object (<c>var p = options.TokenValidationParameters</c>,
/// <c>o = new …</c>): the name links a block walk found, joined. Only read once constructed, so one instance can
/// answer several rules at once.
/// </summary>
internal sealed class ObjectAliases
{
    private readonly Dictionary<ObjectRef, ObjectRef> _parents = new();

    public ObjectAliases(List<(ObjectRef Name, ObjectRef Value)> links)
    {
        // member-less names first, so that `o.TokenValidationParameters` is canonical once `o`'s aliases are known
        foreach (var (name, value) in links)
        {
            if (name.Member is null && value.Member is null)
            {
                Union(name, value);
            }
        }

        foreach (var (name, value) in links)
        {
            if (name.Member is not null || value.Member is not null)
            {
                Union(Canonical(name), Canonical(value));
            }
        }
    }

    /// <summary>Every name linked to another (or to itself).</summary>
    public Dictionary<ObjectRef, ObjectRef>.KeyCollection Names => _parents.Keys;

    /// <summary>The one name that stands for every name of the object <paramref name="name"/> denotes.</summary>
    public ObjectRef Representative(ObjectRef name) => Find(Canonical(name));

    public bool Same(ObjectRef a, ObjectRef b) => Representative(a).Equals(Representative(b));

    private ObjectRef Canonical(ObjectRef name)
    {
        if (name.Member is null)
        {
            return Find(name);
        }

        var owner = Find(name.WithoutMember);
        return owner.Member is null ? Find(new ObjectRef(owner.Root, name.Member)) : Find(name);
    }

    private ObjectRef Find(ObjectRef name)
    {
        var current = name;
        while (_parents.TryGetValue(current, out var parent) && !parent.Equals(current))
        {
            current = parent;
        }

        return current;
    }

    private void Union(ObjectRef a, ObjectRef b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (!_parents.ContainsKey(rootA))
        {
            _parents[rootA] = rootA;
        }

        if (!rootA.Equals(rootB))
        {
            _parents[rootB] = rootA;
        }
        else if (!_parents.ContainsKey(rootB))
        {
            _parents[rootB] = rootB;
        }
    }
}
