using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>One assignment of a member on a configured object.</summary>
internal readonly struct MemberAssignment
{
    public MemberAssignment(IPropertySymbol property, IOperation value, IAssignmentOperation assignment)
    {
        Property = property;
        Value = value;
        Assignment = assignment;
    }

    public IPropertySymbol Property { get; }

    public IOperation Value { get; }

    public IAssignmentOperation Assignment { get; }
}

/// <summary>
/// What one object ends up with inside the operation block (method, lambda's method, field initializer) that
/// configures it: every member assigned to it under any of its names (initializer, locals, aliases such as
/// <c>var p = options.TokenValidationParameters</c>, <c>options.TokenValidationParameters</c> in the same
/// options lambda), the members set on the options object that holds it, and whether it escapes into a call
/// this model cannot see into — then rules about missing settings must stay silent.
/// </summary>
internal sealed class ObjectConfiguration
{
    private readonly List<MemberAssignment> _assignments;
    private readonly List<MemberAssignment> _ownerAssignments;

    private ObjectConfiguration(List<MemberAssignment> assignments, List<MemberAssignment> ownerAssignments, List<IInvocationOperation> calls, IOperation? creation, bool escapes, bool ownerFromOutside)
    {
        Calls = calls;
        _assignments = assignments;
        _ownerAssignments = ownerAssignments;
        Creation = creation;
        Escapes = escapes;
        OwnerFromOutside = ownerFromOutside;
    }

    /// <summary>Assignments to the object's own members, in source order.</summary>
    public IReadOnlyList<MemberAssignment> Assignments => _assignments;

    /// <summary>Assignments to members of the authentication options object whose <c>TokenValidationParameters</c> this object is.</summary>
    public IReadOnlyList<MemberAssignment> OwnerAssignments => _ownerAssignments;

    /// <summary>Calls the object is passed to (as an argument or an extension method's receiver), e.g. <c>EnableAadSigningKeyIssuerValidation()</c>.</summary>
    public IReadOnlyList<IInvocationOperation> Calls { get; }

    /// <summary>The creation (<c>new …</c> or <c>Clone()</c>) of the object in this block, if it is created here.</summary>
    public IOperation? Creation { get; }

    /// <summary>The object, or the options object holding it, is passed to a method this model does not know.</summary>
    public bool Escapes { get; }

    /// <summary>The options object holding this object comes from outside the block (a parameter not of an AddJwtBearer/AddOpenIdConnect lambda, a field).</summary>
    public bool OwnerFromOutside { get; }

    /// <summary>Created here (without copy-constructor arguments), not passed on, options configured here: what it lacks can be judged.</summary>
    public bool IsJudged => Creation is IObjectCreationOperation { Arguments.Length: 0 } && !Escapes && !OwnerFromOutside;

    /// <summary>The member is assigned something other than <c>null</c> (the last assignment counts).</summary>
    public bool Sets(IPropertySymbol? property) => FindLast(_assignments, property) is { } last && !Values.IsConstantNull(last.Value);

    public bool OwnerSets(IPropertySymbol? property) => FindLast(_ownerAssignments, property) is { } last && !Values.IsConstantNull(last.Value);

    public MemberAssignment? LastAssignment(IPropertySymbol? property) => FindLast(_assignments, property);

    public MemberAssignment? LastOwnerAssignment(IPropertySymbol? property) => FindLast(_ownerAssignments, property);

    /// <param name="atEnd">Judge what the object is when the block ends (after any replacement), not at <paramref name="operationInBlock"/>.</param>
    public static ObjectConfiguration Collect(IOperation operationInBlock, ObjectRef seed, WellKnownTypes types, bool atEnd = false)
    {
        var root = Scopes.Block(operationInBlock);
        if (!Walks.TryGetValue(root, out var walk))
        {
            // several rules ask about the same block (a TokenValidationParameters initializer triggers one callback per
            // member): walk it once; the walk is read-only once its names are linked
            var created = new BlockWalk(types);
            created.Visit(root);
            created.LinkNames();
            walk = Walks.GetValue(root, _ => created);
        }

        return walk.Build(seed, atEnd ? int.MaxValue : operationInBlock.Syntax.SpanStart);
    }

    private static readonly ConditionalWeakTable<IOperation, BlockWalk> Walks = new();

    private static MemberAssignment? FindLast(List<MemberAssignment> assignments, IPropertySymbol? property)
    {
        if (property is null)
        {
            return null;
        }

        for (var i = assignments.Count - 1; i >= 0; i--)
        {
            if (SymbolEqualityComparer.Default.Equals(assignments[i].Property, property))
            {
                return assignments[i];
            }
        }

        return null;
    }

    /// <summary>One pass over the block: member assignments, name links, and calls that objects are passed to.</summary>
    private sealed class BlockWalk
    {
        private readonly WellKnownTypes _types;
        private readonly List<(ObjectRef Receiver, MemberAssignment Assignment)> _memberAssignments = new();
        private readonly List<(ObjectRef Name, ObjectRef Value)> _links = new();
        private readonly List<(ObjectRef Name, int Position)> _reassignments = new();
        private readonly Dictionary<ObjectRef, ObjectRef> _nameOfCreation = new();
        private readonly List<(ObjectRef Argument, IMethodSymbol? Method)> _arguments = new();
        private readonly List<(ObjectRef Argument, IInvocationOperation Call)> _calls = new();
        private readonly Dictionary<ObjectRef, ObjectRef> _parents = new();
        private readonly HashSet<IMethodSymbol> _schemeLambdas = new(SymbolEqualityComparer.Default);

        public BlockWalk(WellKnownTypes types) => _types = types;

        public void Visit(IOperation root)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation assignment:
                        VisitAssignment(assignment);
                        break;
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                        when ObjectRef.TryResolve(value, _types, out var initial):
                        _links.Add((new ObjectRef(declarator.Symbol, null), initial));
                        if (initial.Creation is not null)
                        {
                            _nameOfCreation[initial] = new ObjectRef(declarator.Symbol, null);
                        }

                        break;
                    case IArgumentOperation argument when ObjectRef.TryResolve(argument.Value, _types, out var passed):
                        _arguments.Add((passed, CalledMethod(argument.Parent)));
                        if (argument.Parent is IInvocationOperation call)
                        {
                            _calls.Add((passed, call));
                        }

                        break;
                    case IAnonymousFunctionOperation lambda when _types.IsAddSchemeCall(CalledMethod(lambda.Parent?.Parent?.Parent)):
                        _schemeLambdas.Add(lambda.Symbol);
                        break;
                }
            }
        }

        private void VisitAssignment(ISimpleAssignmentOperation assignment)
        {
            var hasValue = ObjectRef.TryResolve(assignment.Value, _types, out var value);
            if (assignment.Target is IPropertyReferenceOperation property
                && ObjectRef.TryResolve(property.Instance, _types, out var receiver))
            {
                _memberAssignments.Add((receiver, new MemberAssignment(property.Property, assignment.Value, assignment)));
            }

            if (hasValue)
            {
                if (ObjectRef.TryResolve(assignment.Target, _types, out var name))
                {
                    _links.Add((name, value));
                    _reassignments.Add((name, assignment.Syntax.SpanStart));
                    if (value.Creation is not null)
                    {
                        _nameOfCreation[value] = name;
                    }
                }
                else
                {
                    // stored somewhere this model cannot name (another object's property): it may be changed there
                    _arguments.Add((value, null));
                }
            }
        }

        private static IMethodSymbol? CalledMethod(IOperation? call) => call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        /// <summary>Joins every name an object is known by; after this the walk is only read.</summary>
        public void LinkNames()
        {
            // member-less names first, so that `o.TokenValidationParameters` is canonical once `o`'s aliases are known
            foreach (var (name, value) in _links)
            {
                if (name.Member is null && value.Member is null)
                {
                    Union(name, value);
                }
            }

            foreach (var (name, value) in _links)
            {
                if (name.Member is not null || value.Member is not null)
                {
                    Union(Canonical(name), Canonical(value));
                }
            }
        }

        public ObjectConfiguration Build(ObjectRef seed, int position)
        {
            var target = Find(Canonical(seed));
            var assignments = new List<MemberAssignment>();
            var owners = new List<ObjectRef>();
            IOperation? creation = seed.Creation;
            foreach (var (receiver, assignment) in _memberAssignments)
            {
                if (Same(receiver, target) && !ReassignedBetween(receiver, assignment.Assignment.Syntax.SpanStart, position))
                {
                    assignments.Add(assignment);
                }
            }

            foreach (var key in _parents.Keys)
            {
                if (!Same(key, target))
                {
                    continue;
                }

                creation ??= key.Creation;
                if (key.Member is not null)
                {
                    owners.Add(Find(key.WithoutMember));
                }
            }

            if (seed.Member is not null)
            {
                owners.Add(Find(seed.WithoutMember));
            }

            var ownerAssignments = new List<MemberAssignment>();
            var ownerFromOutside = false;
            foreach (var owner in owners)
            {
                ownerFromOutside |= IsFromOutside(owner);
                foreach (var (receiver, assignment) in _memberAssignments)
                {
                    if (Same(receiver, owner))
                    {
                        ownerAssignments.Add(assignment);
                    }
                }
            }

            var escapes = false;
            foreach (var (argument, method) in _arguments)
            {
                if (IsKnownLibraryMethod(method))
                {
                    continue;
                }

                if (Same(argument, target))
                {
                    escapes = true;
                    break;
                }

                foreach (var owner in owners)
                {
                    if (Same(argument, owner))
                    {
                        escapes = true;
                        break;
                    }
                }
            }

            var calls = new List<IInvocationOperation>();
            foreach (var (argument, call) in _calls)
            {
                if (Same(argument, target) && !ReassignedBetween(argument, call.Syntax.SpanStart, position))
                {
                    calls.Add(call);
                }
            }

            return new ObjectConfiguration(assignments, ownerAssignments, calls, creation, escapes, ownerFromOutside);
        }

        private bool Same(ObjectRef a, ObjectRef b) => Find(Canonical(a)).Equals(Find(Canonical(b)));

        /// <summary>
        /// The name the member was set through (or the name its creation was stored in) gets a new object between the
        /// member assignment and the position being judged: the assignment configured another object. Positions in the
        /// source stand in for control flow.
        /// </summary>
        private bool ReassignedBetween(ObjectRef receiver, int first, int second)
        {
            var name = _nameOfCreation.TryGetValue(receiver, out var stored) ? stored : receiver;
            var (low, high) = first < second ? (first, second) : (second, first);
            foreach (var (reassigned, at) in _reassignments)
            {
                if (at > low && at <= high && reassigned.Equals(name))
                {
                    return true;
                }
            }

            return false;
        }

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

        /// <summary>
        /// An options object is judged here only when it is created here or is the parameter of an
        /// <c>AddJwtBearer</c>/<c>AddOpenIdConnect</c> lambda; anywhere else (Configure&lt;T&gt;, IConfigureOptions,
        /// a helper's parameter, a field) other code may have configured its authority.
        /// </summary>
        private bool IsFromOutside(ObjectRef owner)
        {
            if (owner.Root is IOperation || (owner.Root is IParameterSymbol { ContainingSymbol: IMethodSymbol lambda } && _schemeLambdas.Contains(lambda)))
            {
                return false;
            }

            // a local (or field) that holds an options object created in this block
            foreach (var name in _parents.Keys)
            {
                if (name.Root is IOperation && name.Member is null && Same(name, owner))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsKnownLibraryMethod(IMethodSymbol? method)
        {
            // IdentityModel's own methods read the parameters (ValidateToken) or add a validator
            // (EnableAadSigningKeyIssuerValidation); they never supply an issuer or audience the rules look for.
            var ns = method?.ContainingNamespace;
            while (ns is { IsGlobalNamespace: false })
            {
                if (ns.ContainingNamespace is { IsGlobalNamespace: true })
                {
                    return false;
                }

                if (ns.Name == "IdentityModel" && ns.ContainingNamespace is { Name: "Microsoft" or "System", ContainingNamespace.IsGlobalNamespace: true })
                {
                    return true;
                }

                ns = ns.ContainingNamespace;
            }

            return false;
        }
    }
}
