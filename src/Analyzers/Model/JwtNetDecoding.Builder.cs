using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

internal static partial class JwtNetDecoding
{
    /// <summary>
    /// Whether a <c>JwtBuilder</c> decode verifies: the last verification setting production reaches before the decode, in
    /// its chain or, for a builder in a local, in the local's initializer and the calls on it earlier in the method; the
    /// version's default when there is none. Null when that is not known: a builder from a parameter, a field or a method,
    /// a local also used otherwise, or a setting production cannot decide.
    /// </summary>
    private static bool? BuilderVerifies(IInvocationOperation decode, WellKnownTypes types)
    {
        var settings = new List<(int Position, bool? Verifies)>();
        if (!CollectChain(decode, types, settings, out var local))
        {
            return null;
        }

        if (local is not null && !CollectLocal(local, decode, types, settings))
        {
            return null;
        }

        var last = (Position: -1, Verifies: (bool?)types.JwtNet.BuilderVerifiesByDefault);
        foreach (var setting in settings)
        {
            if (setting.Position > last.Position)
            {
                last = setting;
            }
        }

        return last.Verifies;
    }

    /// <summary>The settings of a call chain ending at <paramref name="end"/>; false when it starts anywhere but a new builder or a local.</summary>
    private static bool CollectChain(IInvocationOperation end, WellKnownTypes types, List<(int, bool?)> settings, out ILocalSymbol? local)
    {
        local = null;
        var current = CallChain.Receiver(end);
        for (var depth = 0; depth < 64 && current is not null; depth++)
        {
            switch (Values.StripConversions(current))
            {
                case IObjectCreationOperation creation:
                    return IsBuilder(creation.Type, types);
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Create" } } create when IsBuilder(create.TargetMethod.ContainingType, types):
                    return true;
                case IInvocationOperation call when IsBuilder(call.Type, types) && IsLibraryCall(call, types) && CallChain.Receiver(call) is { } receiver:
                    if (!EnvironmentGuards.ProductionSkips(call, types) && Setting(call, types) is { } setting)
                    {
                        settings.Add((call.Syntax.Span.End, setting.Verifies));
                    }

                    current = receiver;
                    continue;
                case ILocalReferenceOperation reference:
                    local = reference.Local;
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The settings a local builder gets before <paramref name="decode"/>: its initializer, <c>builder.X(…);</c> and
    /// <c>builder = builder.X(…);</c>. False when the local is used otherwise there (passed, captured, assigned from elsewhere).
    /// </summary>
    private static bool CollectLocal(ILocalSymbol local, IInvocationOperation decode, WellKnownTypes types, List<(int, bool?)> settings)
    {
        var before = decode.Syntax.SpanStart;
        var function = Scopes.Function(decode);
        var declared = false;
        foreach (var operation in function.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    declared = true;
                    if (declarator.Initializer?.Value is { } initial && !CollectValue(initial, local, types, settings))
                    {
                        return false;
                    }

                    break;
                case ILocalReferenceOperation use when SymbolEqualityComparer.Default.Equals(use.Local, local) && use.Syntax.SpanStart < before:
                    // a lambda or local function configures the builder whenever it runs, which this method does not tell
                    if (!ReferenceEquals(Scopes.Function(use), function) || !IsKnownUse(use, local, types, settings))
                    {
                        return false;
                    }

                    break;
            }
        }

        // a local captured from an enclosing method is configured there
        return declared;
    }

    /// <summary>
    /// A use of the local builder that only configures or uses it: a chain of the library's calls on it, as a statement or
    /// assigned back to it (<c>builder = builder.X(…)</c>), or ending in a call that returns something else (an earlier decode).
    /// </summary>
    private static bool IsKnownUse(ILocalReferenceOperation use, ILocalSymbol local, WellKnownTypes types, List<(int, bool?)> settings)
    {
        if (use.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, use))
        {
            return CollectValue(assignment.Value, local, types, settings);
        }

        IOperation outer = use;
        while (CallChain.CallOn(outer) is { } call && IsLibraryCall(call, types))
        {
            if (!EnvironmentGuards.ProductionSkips(call, types) && Setting(call, types) is { } setting)
            {
                settings.Add((call.Syntax.Span.End, setting.Verifies));
            }

            outer = call;
            if (!IsBuilder(call.Type, types))
            {
                return true;
            }
        }

        return !ReferenceEquals(outer, use)
            && (outer.Parent is IExpressionStatementOperation
                || (outer.Parent is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } && SymbolEqualityComparer.Default.Equals(target.Local, local)));
    }

    /// <summary>A call JWT.Net declares: the application's own extension methods on the builder may do anything.</summary>
    private static bool IsLibraryCall(IInvocationOperation call, WellKnownTypes types)
        => SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingAssembly, types.JwtNet.JwtBuilder?.ContainingAssembly);

    /// <summary>A value assigned to the local: a chain on a new builder or on the local itself.</summary>
    private static bool CollectValue(IOperation value, ILocalSymbol local, WellKnownTypes types, List<(int, bool?)> settings)
    {
        switch (Values.StripConversions(value))
        {
            case IObjectCreationOperation creation:
                return IsBuilder(creation.Type, types);
            case IInvocationOperation chain when IsBuilder(chain.Type, types) && IsLibraryCall(chain, types):
                // CollectChain starts at the receiver: the chain's own last call is judged here
                if (!EnvironmentGuards.ProductionSkips(chain, types) && Setting(chain, types) is { } last)
                {
                    settings.Add((chain.Syntax.Span.End, last.Verifies));
                }

                return (chain.TargetMethod is { IsStatic: true, Name: "Create" } && IsBuilder(chain.TargetMethod.ContainingType, types))
                    || (CollectChain(chain, types, settings, out var root) && (root is null || SymbolEqualityComparer.Default.Equals(root, local)));
            default:
                return false;
        }
    }

    private static bool IsBuilder(ITypeSymbol? type, WellKnownTypes types)
        => type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, types.JwtNet.JwtBuilder);
}
