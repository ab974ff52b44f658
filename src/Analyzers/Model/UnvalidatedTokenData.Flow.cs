using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>How token data moves: into locals, out parameters and tuple elements, and into and out of the application's helpers.</summary>
internal static partial class UnvalidatedTokenData
{
    private static void TrackAll(IReadOnlyList<IOperation> operations, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        // two passes: a local may be assigned before the statement that makes its source tainted is visited
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator:
                        Track(declarator.Symbol, value, tokens, data, types, depth);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                        Track(local.Local, assignment.Value, tokens, data, types, depth);
                        break;
                    case IDeconstructionAssignmentOperation deconstruction:
                        TrackDeconstruction(deconstruction, tokens, data, types, depth);
                        break;
                    case IDeclarationPatternOperation { DeclaredSymbol: { } declared, Parent: IIsPatternOperation pattern }
                        when IsTokenObject(pattern.Value, tokens, types):
                        tokens.Add(declared);
                        break;
                    case IArgumentOperation { Parent: IInvocationOperation call } argument
                        when argument.Parameter?.RefKind == RefKind.Out && OutLocal(argument.Value) is { } outLocal
                            && Datum(call, tokens, data, types) is { } outDatum:
                        data[outLocal] = outDatum;
                        break;
                }
            }
        }
    }

    /// <summary><c>var (iss, kid) = …;</c>, <c>(iss, kid) = …;</c>: each local takes the datum of its element.</summary>
    private static void TrackDeconstruction(IDeconstructionAssignmentOperation deconstruction, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        var target = deconstruction.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : deconstruction.Target;
        if (target is not ITupleOperation locals || Elements(deconstruction.Value, tokens, data, types, depth) is not { } elements)
        {
            return;
        }

        for (var i = 0; i < locals.Elements.Length && i < elements.Length; i++)
        {
            var element = locals.Elements[i] is IDeclarationExpressionOperation declared ? declared.Expression : locals.Elements[i];
            if (elements[i] is { } datum && element is ILocalReferenceOperation local && !data.ContainsKey(local.Local))
            {
                data[local.Local] = datum;
            }
        }
    }

    /// <summary>The datum each element of a tuple value carries (null where none), or null when the value is no tuple this can read.</summary>
    private static string?[]? Elements(IOperation value, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        switch (Values.StripConversions(value))
        {
            case ITupleOperation tuple:
                var elements = new string?[tuple.Elements.Length];
                for (var i = 0; i < elements.Length; i++)
                {
                    elements[i] = FindDatum(tuple.Elements[i], tokens, data, types, depth);
                }

                return elements;
            case ILocalReferenceOperation local:
                return data.Elements.TryGetValue(local.Local, out var carried) ? carried : null;
            case IInvocationOperation call when depth < MaxHelperDepth && EnterHelper(call, tokens, data, types, depth) is { } helper:
                string?[]? merged = null;
                foreach (var returned in helper.Body.ReturnedValues)
                {
                    if (Elements(returned, helper.Tokens, helper.Data, types, depth + 1) is not { } returnedElements)
                    {
                        continue;
                    }

                    merged ??= new string?[returnedElements.Length];
                    for (var i = 0; i < merged.Length && i < returnedElements.Length; i++)
                    {
                        merged[i] ??= returnedElements[i];
                    }
                }

                return merged;
            default:
                return null;
        }
    }

    /// <summary>The position of a tuple element, named (<c>info.Issuer</c>) or not (<c>info.Item1</c>).</summary>
    private static int? ElementIndex(IFieldSymbol field)
    {
        var positional = (field.CorrespondingTupleField ?? field).Name;
        if (positional.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(positional.Substring(4), out var position) && position > 0)
        {
            return position - 1;
        }

        var elements = field.ContainingType.TupleElements;
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].Name == field.Name)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The token datum an application's helper returns (<c>IssuerOf(token)</c>), given what it was passed.</summary>
    private static string? ReturnedDatum(IInvocationOperation call, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        if (EnterHelper(call, tokens, data, types, depth) is not { } helper)
        {
            return null;
        }

        foreach (var returned in helper.Body.ReturnedValues)
        {
            if (FindDatum(returned, helper.Tokens, helper.Data, types, depth + 1) is { } datum)
            {
                return datum;
            }
        }

        return null;
    }

    /// <summary>
    /// A method of the application that the token, or data of it, is passed to (<c>FetchKey(x5uUrl)</c>): its body is read
    /// with those parameters standing for what was passed.
    /// </summary>
    private static string? FindKeyFetchInHelper(IInvocationOperation call, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
        => EnterHelper(call, tokens, data, types, depth) is { } helper
            ? FindKeyFetch(helper.Body.Operations, helper.Tokens, helper.Data, types, depth + 1)
            : null;

    /// <summary>The helper's body with its parameters standing for the token objects and data passed, its locals tracked; null when nothing is passed.</summary>
    private static Helper? EnterHelper(IInvocationOperation call, HashSet<ISymbol> tokens, TokenData data, WellKnownTypes types, int depth)
    {
        var method = call.TargetMethod;
        if (method.DeclaringSyntaxReferences.IsEmpty || method.IsAbstract)
        {
            return null;
        }

        var helperTokens = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var helperData = new TokenData();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind != ArgumentKind.Explicit)
            {
                continue;
            }

            if (IsTokenObject(argument.Value, tokens, types))
            {
                helperTokens.Add(parameter.OriginalDefinition);
            }
            else if (FindDatum(argument.Value, tokens, data, types, depth) is { } datum)
            {
                helperData[parameter.OriginalDefinition] = datum;
            }
        }

        if ((helperTokens.Count == 0 && helperData.Count == 0) || DelegateBody.FromMethod(method.OriginalDefinition, call.SemanticModel) is not { } body)
        {
            return null;
        }

        TrackAll(body.Operations, helperTokens, helperData, types, depth + 1);
        return new Helper(body, helperTokens, helperData);
    }

    private sealed class Helper
    {
        public Helper(DelegateBody body, HashSet<ISymbol> tokens, TokenData data)
        {
            Body = body;
            Tokens = tokens;
            Data = data;
        }

        public DelegateBody Body { get; }

        public HashSet<ISymbol> Tokens { get; }

        public TokenData Data { get; }
    }

    /// <summary>The datum each local or parameter carries; a tuple local carries one per element.</summary>
    private sealed class TokenData : Dictionary<ISymbol, string>
    {
        public TokenData()
            : base(SymbolEqualityComparer.Default)
        {
        }

        public Dictionary<ISymbol, string?[]> Elements { get; } = new(SymbolEqualityComparer.Default);
    }
}
