using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

/// <summary>
/// The values of a local that can reach one of its reads: the initializer and the assignments not overwritten on every path
/// before it, found with the compiler's control flow graph. Unknown (null) where the flow is not plain: a write by
/// <c>ref</c>/<c>out</c>, a compound assignment, a write from a lambda, a loop around a write, a read in a catch or finally.
/// </summary>
internal static class LocalValues
{
    /// <summary>Values in source order; null when unknown, empty when the local is never given a value.</summary>
    public static IReadOnlyList<IOperation>? Reaching(ILocalReferenceOperation use)
    {
        var local = use.Local;
        if (use.SemanticModel is not { } model
            || local.IsRef
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return null;
        }

        var initializer = declarator.Initializer is { Value: { } init } ? Values.OperationOf(model, init) : null;
        var function = Scopes.Function(use);
        if (model.GetOperation(declarator) is not { } declaration || !ReferenceEquals(Scopes.Function(declaration), function))
        {
            // a local captured from an outer function: only its initializer is followed, as long as nothing else writes it
            return CapturedValue(use, local, initializer);
        }

        var writes = new Dictionary<SyntaxNode, IOperation>();
        foreach (var operation in Scopes.Block(use).Descendants())
        {
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation { IsRef: false } assignment when ReferenceEquals(assignment.Target, reference):
                    if (!ReferenceEquals(Scopes.Function(assignment), function))
                    {
                        return null;
                    }

                    writes[assignment.Syntax] = assignment.Value;
                    break;
                case ICompoundAssignmentOperation or ICoalesceAssignmentOperation or IIncrementOrDecrementOperation or ITupleOperation
                    or IAddressOfOperation or ISimpleAssignmentOperation { IsRef: true }:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                    return null;
            }
        }

        if (writes.Count == 0)
        {
            return initializer is null ? System.Array.Empty<IOperation>() : new[] { initializer };
        }

        if (initializer is not null)
        {
            writes[declarator] = initializer;
        }

        var reaching = FlowGraphs.ReachingWrites(use, local, writes.Keys);
        if (reaching is null)
        {
            return null;
        }

        reaching.Sort(static (a, b) => a.SpanStart.CompareTo(b.SpanStart));
        var values = new List<IOperation>(reaching.Count);
        foreach (var write in reaching)
        {
            values.Add(writes[write]);
        }

        return values;
    }

    private static IReadOnlyList<IOperation>? CapturedValue(ILocalReferenceOperation use, ILocalSymbol local, IOperation? initializer)
    {
        foreach (var operation in Scopes.Block(use).Descendants())
        {
            if (operation is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && IsWrite(reference))
            {
                return null;
            }
        }

        return initializer is null ? null : new[] { initializer };
    }

    private static bool IsWrite(ILocalReferenceOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => ReferenceEquals(assignment.Target, reference),
        IIncrementOrDecrementOperation or ITupleOperation or IAddressOfOperation => true,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
        _ => false,
    };

    /// <summary>The value is assigned to the local only when the local is null or empty: <c>if (key is null) key = "…";</c>.</summary>
    public static bool ReplacesMissingValue(IOperation value, ILocalSymbol local)
    {
        if (value.Parent is not ISimpleAssignmentOperation assignment)
        {
            return false;
        }

        for (IOperation current = assignment; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IExpressionStatementOperation or IBlockOperation:
                    continue;
                case IConditionalOperation conditional:
                    return ReferenceEquals(conditional.WhenTrue, current) && TestsMissing(conditional.Condition, local);
                default:
                    return false;
            }
        }

        return false;
    }

    private static bool TestsMissing(IOperation condition, ILocalSymbol local)
    {
        switch (Values.StripConversions(condition))
        {
            case IIsPatternOperation { Pattern: IConstantPatternOperation pattern } test:
                return IsLocal(test.Value, local) && Values.IsConstantNull(pattern.Value);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                return (IsLocal(equals.LeftOperand, local) && Values.IsConstantNull(equals.RightOperand))
                    || (IsLocal(equals.RightOperand, local) && Values.IsConstantNull(equals.LeftOperand));
            case IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: 1 } invocation:
                return IsLocal(invocation.Arguments[0].Value, local);
            default:
                return false;
        }
    }

    private static bool IsLocal(IOperation operation, ILocalSymbol local)
        => Values.StripConversions(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);
}
