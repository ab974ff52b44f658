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
internal sealed partial class ObjectConfiguration
{
    private readonly List<MemberAssignment> _assignments;
    private readonly List<MemberAssignment> _ownerAssignments;

    private ObjectConfiguration(List<MemberAssignment> assignments, List<MemberAssignment> ownerAssignments, List<IInvocationOperation> calls, IOperation? creation, bool escapes, bool ownerFromOutside,
        ConfigurationSite? ownerSite)
    {
        Calls = calls;
        _assignments = assignments;
        _ownerAssignments = ownerAssignments;
        Creation = creation;
        Escapes = escapes;
        OwnerFromOutside = ownerFromOutside;
        OwnerSite = ownerSite;
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

    /// <summary>
    /// The options holding this object are the options parameter of this configuration site (an AddJwtBearer or Configure&lt;T&gt;
    /// delegate, an IConfigureNamedOptions&lt;T&gt; method): what it lacks may be supplied by another site of the same options.
    /// </summary>
    public ConfigurationSite? OwnerSite { get; }

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
            // member): walk it once; the walk is read-only once constructed
            var created = new BlockWalk(root, types);
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
}
