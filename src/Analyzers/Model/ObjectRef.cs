using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// A name for an object within one operation block: an object creation or <c>Clone()</c> call, a local,
/// parameter, field or property, or <c>this</c> (keyed by the containing type); optionally with one
/// <c>TokenValidationParameters</c>-typed property of it (<c>options.TokenValidationParameters</c>).
/// </summary>
internal readonly struct ObjectRef : IEquatable<ObjectRef>
{
    public ObjectRef(object root, IPropertySymbol? member)
    {
        Root = root;
        Member = member;
    }

    /// <summary>An <see cref="IOperation"/> (creation, clone) or an <see cref="ISymbol"/>.</summary>
    public object Root { get; }

    public IPropertySymbol? Member { get; }

    public ObjectRef WithoutMember => new(Root, null);

    public IOperation? Creation => Member is null ? Root as IOperation : null;

    public bool Equals(ObjectRef other)
        => SymbolEqualityComparer.Default.Equals(Member, other.Member)
            && (Root is ISymbol symbol
                ? SymbolEqualityComparer.Default.Equals(symbol, other.Root as ISymbol)
                : ReferenceEquals(Root, other.Root));

    public override bool Equals(object? obj) => obj is ObjectRef other && Equals(other);

    public override int GetHashCode()
    {
        var root = Root is ISymbol symbol ? SymbolEqualityComparer.Default.GetHashCode(symbol) : Root.GetHashCode();
        return unchecked((root * 397) ^ SymbolEqualityComparer.Default.GetHashCode(Member));
    }

    /// <summary>Names the object an operation denotes, or returns false when it cannot be named within the block.</summary>
    public static bool TryResolve(IOperation? operation, WellKnownTypes types, out ObjectRef result)
    {
        result = default;
        if (operation is null)
        {
            return false;
        }

        operation = Values.StripConversions(operation);
        switch (operation)
        {
            case IObjectCreationOperation:
                result = new ObjectRef(operation, null);
                return true;
            case IInvocationOperation { TargetMethod.Name: "Clone", Arguments.Length: 0 } clone
                when types.IsTokenValidationParameters(clone.Type):
                result = new ObjectRef(operation, null);
                return true;
            case ILocalReferenceOperation local:
                result = new ObjectRef(local.Local, null);
                return true;
            case IParameterReferenceOperation parameter:
                result = new ObjectRef(parameter.Parameter, null);
                return true;
            case IInstanceReferenceOperation instance:
                return TryResolveInstance(instance, types, out result);
            case IFieldReferenceOperation field when IsOwnMember(field.Instance):
                result = new ObjectRef(field.Field, null);
                return true;
            case IPropertyReferenceOperation property when types.IsTokenValidationParameters(property.Property.Type):
                if (TryResolve(property.Instance, types, out var owner) && owner.Member is null)
                {
                    result = new ObjectRef(owner.Root, property.Property);
                    return true;
                }

                if (property.Instance is null)
                {
                    result = new ObjectRef(property.Property, null);
                    return true;
                }

                return false;
            case IPropertyReferenceOperation property when IsOwnMember(property.Instance):
                result = new ObjectRef(property.Property, null);
                return true;
            default:
                return false;
        }
    }

    private static bool IsOwnMember(IOperation? instance)
        => instance is null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

    private static bool TryResolveInstance(IInstanceReferenceOperation instance, WellKnownTypes types, out ObjectRef result)
    {
        result = default;
        if (instance.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance)
        {
            if (instance.Type is null)
            {
                return false;
            }

            result = new ObjectRef(instance.Type, null);
            return true;
        }

        if (instance.ReferenceKind != InstanceReferenceKind.ImplicitReceiver)
        {
            return false;
        }

        // The implicit receiver of `Name = value` inside `{ … }` is the object that initializer initialises:
        // a creation, or for a nested `TokenValidationParameters = { … }` the member being initialised.
        for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IObjectOrCollectionInitializerOperation initializer)
            {
                switch (initializer.Parent)
                {
                    case IObjectCreationOperation creation:
                        result = new ObjectRef(creation, null);
                        return true;
                    case IMemberInitializerOperation member:
                        return TryResolve(member.InitializedMember, types, out result);
                    default:
                        return false;
                }
            }
        }

        return false;
    }
}
