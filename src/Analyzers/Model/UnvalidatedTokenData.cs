using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// Follows data of a token that has not been validated — its issuer (<c>Issuer</c>, <c>iss</c>) and its key-source
/// headers (<c>jku</c>, <c>x5u</c>, <c>jwk</c>, <c>x5c</c>) — through locals to a call that fetches or builds keys
/// (HTTP, URIs, metadata retrieval, certificates, JWKs, security keys). Token objects are the given parameters and
/// anything parsed from a raw string without validation (<c>ReadJwtToken</c>, <c>new JwtSecurityToken(string)</c>, …).
/// </summary>
internal static partial class UnvalidatedTokenData
{
    /// <summary>Calls that look a value up by a key: what they return is the application's, whatever the key.</summary>
    private static readonly HashSet<string> LookupMethods = new(StringComparer.Ordinal)
    {
        "TryGetValue", "GetValueOrDefault", "ContainsKey", "Contains", "Get", "GetOrAdd", "GetOrCreate", "GetOrCreateAsync", "TryGet",
    };

    private static readonly HashSet<string> KeySourceNames = new(StringComparer.OrdinalIgnoreCase) { "iss", "jku", "x5u", "jwk", "x5c" };

    /// <summary>Helpers the token data is passed to are read too, this many calls deep.</summary>
    private const int MaxHelperDepth = 2;

    /// <summary>The token datum that reaches a key fetch (e.g. <c>"Issuer"</c>, <c>"jku"</c>), or null.</summary>
    public static string? FindKeyFetchFromToken(IReadOnlyList<IOperation> operations, IEnumerable<IParameterSymbol> tokenParameters, WellKnownTypes types)
    {
        var tokens = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var parameter in tokenParameters)
        {
            tokens.Add(parameter);
        }

        return FindKeyFetch(operations, tokens, new TokenData(), types, 0);
    }

    private static string? FindKeyFetch(IReadOnlyList<IOperation> operations, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        TrackAll(operations, tokens, data, types, depth);

        foreach (var operation in operations)
        {
            var (type, arguments) = operation switch
            {
                IInvocationOperation invocation => (ReceiverType(invocation.TargetMethod), invocation.Arguments),
                IObjectCreationOperation creation => (creation.Type as INamedTypeSymbol, creation.Arguments),
                _ => (null, default),
            };
            if (depth < MaxHelperDepth && operation is IInvocationOperation helper && FindKeyFetchInHelper(helper, tokens, data, types, depth) is { } passed)
            {
                return passed;
            }

            if (type is null || !types.IsKeySource(type))
            {
                continue;
            }

            foreach (var argument in arguments)
            {
                if (FindDatum(argument.Value, tokens, data, types, depth) is { } datum)
                {
                    return datum;
                }
            }
        }

        return null;
    }

    /// <summary>A value parsed from a raw token string without validation: <c>ReadJwtToken</c>, <c>ReadJsonWebToken</c>, <c>ReadToken</c>, <c>new JwtSecurityToken(string)</c>, <c>new JsonWebToken(string)</c>.</summary>
    public static bool IsUnvalidatedRead(IOperation operation, WellKnownTypes types)
    {
        switch (Values.StripConversions(operation))
        {
            case IInvocationOperation { TargetMethod.Name: "ReadJwtToken" or "ReadJsonWebToken" or "ReadToken" } read:
                return types.IsTokenHandlerMethod(read.TargetMethod);
            case IObjectCreationOperation { Arguments.Length: 1 } creation:
                return creation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String
                    && (SymbolEqualityComparer.Default.Equals(creation.Type, types.JwtSecurityToken)
                        || SymbolEqualityComparer.Default.Equals(creation.Type, types.JsonWebToken));
            default:
                return false;
        }
    }

    /// <summary><c>out x</c> or <c>out var x</c>.</summary>
    private static ILocalSymbol? OutLocal(IOperation value) => value switch
    {
        ILocalReferenceOperation local => local.Local,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => declared.Local,
        _ => null,
    };

    /// <summary>The type a call works on: the extended type for an extension method (<c>http.GetFromJsonAsync(…)</c>).</summary>
    private static INamedTypeSymbol? ReceiverType(IMethodSymbol method)
        => method.IsExtensionMethod && method.Parameters.Length > 0 ? method.Parameters[0].Type as INamedTypeSymbol
            : method.ReducedFrom is { Parameters.Length: > 0 } reduced ? reduced.Parameters[0].Type as INamedTypeSymbol
            : method.ContainingType;

    private static void Track(ISymbol local, IOperation value, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        if (IsTokenObject(value, tokens, types))
        {
            tokens.Add(local);
        }
        else if (local is ILocalSymbol { Type.IsTupleType: true })
        {
            if (!data.Elements.ContainsKey(local) && Elements(value, tokens, data, types, depth) is { } elements)
            {
                data.Elements[local] = elements;
            }
        }
        else if (!data.ContainsKey(local) && FindDatum(value, tokens, data, types, depth) is { } datum)
        {
            data[local] = datum;
        }
    }

    private static bool IsTokenObject(IOperation value, HashSet<ISymbol> tokens, WellKnownTypes types)
    {
        var operation = Values.StripConversions(value);
        return IsUnvalidatedRead(operation, types) || operation switch
        {
            IParameterReferenceOperation parameter => tokens.Contains(parameter.Parameter),
            ILocalReferenceOperation local => tokens.Contains(local.Local),
            IConditionalAccessInstanceOperation instance => AccessedValue(instance) is { } accessed && IsTokenObject(accessed, tokens, types),
            _ => false,
        };
    }

    /// <summary>What <c>?.</c> reads from: <c>jwt</c> in <c>jwt?.Header["x5u"]</c>.</summary>
    private static IOperation? AccessedValue(IConditionalAccessInstanceOperation instance)
    {
        IOperation current = instance;
        while (current.Parent is { } parent)
        {
            if (parent is IConditionalAccessOperation access && access.WhenNotNull == current)
            {
                return access.Operation;
            }

            current = parent;
        }

        return null;
    }

    /// <summary>
    /// The token datum a value carries: directly, through a local, a conversion, a string operation or a method called
    /// on it. A lookup keyed by the datum (<c>_keysByIssuer[issuer]</c>, <c>map.TryGetValue(issuer, …)</c>) yields the
    /// application's own value, not the token's.
    /// </summary>
    private static string? FindDatum(IOperation value, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth = MaxHelperDepth)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            switch (operation)
            {
                case ILocalReferenceOperation local when data.TryGetValue(local.Local, out var carried):
                    return carried;
                case IParameterReferenceOperation parameter when data.TryGetValue(parameter.Parameter, out var passed):
                    return passed;
                case IPropertyReferenceOperation property when Datum(property, tokens, types) is { } read:
                    return read;
                case IInvocationOperation invocation when Datum(invocation, tokens, data, types) is { } returned:
                    return returned;
                case IFieldReferenceOperation { Field.ContainingType.IsTupleType: true, Instance: { } tuple } element
                    when Elements(tuple, tokens, data, types, depth) is { } elements:
                    if (ElementIndex(element.Field) is { } index && index < elements.Length && elements[index] is { } inElement)
                    {
                        return inElement;
                    }

                    continue;
                case IInvocationOperation helper when depth < MaxHelperDepth && ReturnedDatum(helper, tokens, data, types, depth) is { } fromHelper:
                    return fromHelper;
                case IPropertyReferenceOperation { Property.IsIndexer: true } lookup:
                    Push(pending, lookup.Instance);
                    continue;
                case IInvocationOperation call when LookupMethods.Contains(call.TargetMethod.Name):
                    Push(pending, call.Instance);
                    continue;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return null;
    }

    private static void Push(Stack<IOperation> pending, IOperation? operation)
    {
        if (operation is not null)
        {
            pending.Push(operation);
        }
    }

    /// <summary><c>token.Issuer</c>, <c>jwt.Payload.Iss</c>, <c>jwt.Header["jku"]</c>, <c>jwt.Header.X5c</c>.</summary>
    private static string? Datum(IPropertyReferenceOperation property, HashSet<ISymbol> tokens, WellKnownTypes types)
    {
        var name = property.Property.Name;
        if (property.Property.IsIndexer)
        {
            return property.Arguments.Length == 1
                && property.Arguments[0].Value.ConstantValue.Value is string key
                && KeySourceNames.Contains(key)
                && property.Instance is IPropertyReferenceOperation { Property.Name: "Header" or "Payload" } part
                && part.Instance is { } owner && IsTokenObject(owner, tokens, types)
                    ? key
                    : null;
        }

        if (property.Instance is null)
        {
            return null;
        }

        if (name == "Issuer" && IsTokenObject(property.Instance, tokens, types))
        {
            return name;
        }

        return KeySourceNames.Contains(name)
            && property.Instance is IPropertyReferenceOperation { Property.Name: "Header" or "Payload" } section
            && section.Instance is { } token && IsTokenObject(token, tokens, types)
                ? name
                : null;
    }

    /// <summary><c>jwt.GetHeaderValue&lt;string&gt;("jku")</c>, <c>TryGetHeaderValue("x5u", out …)</c>, <c>GetClaim("iss")</c>, <c>GetPayloadValue&lt;string&gt;("iss")</c>.</summary>
    private static string? Datum(IInvocationOperation invocation, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types)
    {
        if (invocation.Instance is null
            || invocation.Arguments.Length == 0
            || invocation.Arguments[0].Value.ConstantValue.Value is not string key
            || !KeySourceNames.Contains(key))
        {
            return null;
        }

        var method = invocation.TargetMethod.Name;
        var isTokenAccessor = method.StartsWith("GetHeaderValue", StringComparison.Ordinal)
            || method.StartsWith("TryGetHeaderValue", StringComparison.Ordinal)
            || method.StartsWith("GetPayloadValue", StringComparison.Ordinal)
            || method.StartsWith("TryGetPayloadValue", StringComparison.Ordinal)
            || method == "GetClaim" || method == "TryGetClaim" || method == "TryGetValue";
        if (!isTokenAccessor)
        {
            return null;
        }

        var owner = invocation.Instance is IPropertyReferenceOperation { Property.Name: "Header" or "Payload" } section && section.Instance is { } inner
            ? inner
            : invocation.Instance;
        return IsTokenObject(owner, tokens, types) ? key : null;
    }
}
