using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

internal sealed partial class ObjectConfiguration
{
    /// <summary>One pass over the block: member assignments, name links, and calls that objects are passed to.</summary>
    private sealed partial class BlockWalk
    {
        private readonly WellKnownTypes _types;
        private readonly List<(ObjectRef Receiver, MemberAssignment Assignment)> _memberAssignments = new();
        private readonly List<(ObjectRef Name, ObjectRef Value)> _links = new();
        private readonly List<(ObjectRef Name, int Position)> _reassignments = new();
        private readonly Dictionary<ObjectRef, ObjectRef> _nameOfCreation = new();
        private readonly List<(ObjectRef Argument, IMethodSymbol? Method)> _arguments = new();
        private readonly List<(ObjectRef Argument, IInvocationOperation Call)> _calls = new();
        private readonly HashSet<IMethodSymbol> _schemeLambdas = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, ConfigurationSite> _siteLambdas = new(SymbolEqualityComparer.Default);
        private readonly ObjectAliases _aliases;
        private readonly Compilation? _compilation;

        public BlockWalk(IOperation root, WellKnownTypes types)
        {
            _types = types;
            _compilation = root.SemanticModel?.Compilation;
            Visit(root);
            _aliases = new ObjectAliases(_links);
        }

        private void Visit(IOperation root)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case ISimpleAssignmentOperation assignment:
                        VisitAssignment(assignment);
                        break;
                    case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: IPropertyReferenceOperation { Property.Type.TypeKind: TypeKind.Delegate } added } addition
                        when ObjectRef.TryResolve(added.Instance, _types, out var adder):
                        // `p.AudienceValidator += Check` sets the validator as `=` does
                        _memberAssignments.Add((adder, new MemberAssignment(added.Property, addition.Value, addition)));
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
                    case IAnonymousFunctionOperation lambda when ConfigurationSite.OfDelegate(lambda, _types) is { } site:
                        _siteLambdas[lambda.Symbol] = site;
                        if (_types.IsAddSchemeCall(CalledMethod(lambda.Parent?.Parent?.Parent)))
                        {
                            _schemeLambdas.Add(lambda.Symbol);
                        }

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

        public ObjectConfiguration Build(ObjectRef seed, int position)
        {
            var target = _aliases.Representative(seed);
            var assignments = new List<MemberAssignment>();
            var owners = new List<ObjectRef>();
            IOperation? creation = seed.Creation;
            foreach (var (receiver, assignment) in _memberAssignments)
            {
                if (_aliases.Same(receiver, target) && !ReassignedBetween(receiver, assignment.Assignment.Syntax.SpanStart, position))
                {
                    assignments.Add(assignment);
                }
            }

            foreach (var key in _aliases.Names)
            {
                if (!_aliases.Same(key, target))
                {
                    continue;
                }

                creation ??= key.Creation;
                if (key.Member is not null)
                {
                    owners.Add(_aliases.Representative(key.WithoutMember));
                }
            }

            if (seed.Member is not null)
            {
                owners.Add(_aliases.Representative(seed.WithoutMember));
            }

            var ownerAssignments = new List<MemberAssignment>();
            var ownerFromOutside = false;
            ConfigurationSite? ownerSite = null;
            var unknownOwner = false;
            foreach (var owner in owners)
            {
                var outside = IsFromOutside(owner);
                ownerFromOutside |= outside;
                if (SiteOf(owner) is { } site)
                {
                    ownerSite ??= site;
                }
                else
                {
                    unknownOwner |= outside;
                }

                foreach (var (receiver, assignment) in _memberAssignments)
                {
                    if (_aliases.Same(receiver, owner))
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

                if (_aliases.Same(argument, target))
                {
                    escapes = true;
                    break;
                }

                foreach (var owner in owners)
                {
                    if (_aliases.Same(argument, owner))
                    {
                        escapes = true;
                        break;
                    }
                }
            }

            var calls = new List<IInvocationOperation>();
            foreach (var (argument, call) in _calls)
            {
                if (_aliases.Same(argument, target) && !ReassignedBetween(argument, call.Syntax.SpanStart, position))
                {
                    calls.Add(call);
                }
            }

            return new ObjectConfiguration(assignments, ownerAssignments, calls, creation, escapes, ownerFromOutside, unknownOwner ? null : ownerSite);
        }

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
    }
}
