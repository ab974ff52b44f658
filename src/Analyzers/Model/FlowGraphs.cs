using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

/// <summary>Reaching definitions of one local on the compiler's control flow graph of the function that reads it.</summary>
internal static class FlowGraphs
{
    /// <summary>The writes (by syntax) that reach <paramref name="use"/>; null when the flow is not plain enough to be sure.</summary>
    public static List<SyntaxNode>? ReachingWrites(ILocalReferenceOperation use, ILocalSymbol local, ICollection<SyntaxNode> knownWrites)
    {
        if (GraphOf(use) is not { } graph)
        {
            return null;
        }

        var blocks = graph.Blocks;
        var lastWrite = new SyntaxNode?[blocks.Length];
        BasicBlock? useBlock = null;
        SyntaxNode? writeBeforeUse = null;
        foreach (var block in blocks)
        {
            foreach (var operation in Operations(block))
            {
                foreach (var node in operation.DescendantsAndSelf())
                {
                    if (node is ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } write
                        && SymbolEqualityComparer.Default.Equals(target.Local, local))
                    {
                        if (!knownWrites.Contains(write.Syntax))
                        {
                            return null;
                        }

                        lastWrite[block.Ordinal] = write.Syntax;
                    }
                    else if (useBlock is null && node is ILocalReferenceOperation read && read.Syntax == use.Syntax)
                    {
                        useBlock = block;
                        writeBeforeUse = lastWrite[block.Ordinal];
                    }
                }
            }
        }

        if (useBlock is null || InExceptionHandler(useBlock))
        {
            return null;
        }

        var reachingIn = ReachingAtEntry(blocks, lastWrite);
        var reaching = writeBeforeUse is not null ? new List<SyntaxNode> { writeBeforeUse } : new List<SyntaxNode>(reachingIn[useBlock.Ordinal]);
        foreach (var block in blocks)
        {
            if (lastWrite[block.Ordinal] is { } write && (InExceptionHandler(block) || (reaching.Contains(write) && InLoop(blocks, block))))
            {
                return null;
            }
        }

        return reaching;
    }

    private static HashSet<SyntaxNode>[] ReachingAtEntry(ImmutableArray<BasicBlock> blocks, SyntaxNode?[] lastWrite)
    {
        var reachingIn = new HashSet<SyntaxNode>[blocks.Length];
        var reachingOut = new HashSet<SyntaxNode>[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            reachingIn[i] = new HashSet<SyntaxNode>();
            reachingOut[i] = lastWrite[i] is { } write ? new HashSet<SyntaxNode> { write } : new HashSet<SyntaxNode>();
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var block in blocks)
            {
                foreach (var predecessor in block.Predecessors)
                {
                    foreach (var write in reachingOut[predecessor.Source.Ordinal])
                    {
                        if (reachingIn[block.Ordinal].Add(write) && lastWrite[block.Ordinal] is null)
                        {
                            reachingOut[block.Ordinal].Add(write);
                            changed = true;
                        }
                    }
                }
            }
        }

        return reachingIn;
    }

    private static IEnumerable<IOperation> Operations(BasicBlock block)
    {
        foreach (var operation in block.Operations)
        {
            yield return operation;
        }

        if (block.BranchValue is { } branch)
        {
            yield return branch;
        }
    }

    /// <summary>Between the target and the source of a branch backwards: a loop body, where a reviewer cannot tell which pass wins.</summary>
    private static bool InLoop(ImmutableArray<BasicBlock> blocks, BasicBlock block)
    {
        foreach (var source in blocks)
        {
            foreach (var branch in new[] { source.FallThroughSuccessor, source.ConditionalSuccessor })
            {
                if (branch?.Destination is { } target && target.Ordinal <= source.Ordinal
                    && target.Ordinal <= block.Ordinal && block.Ordinal <= source.Ordinal)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Catch, filter and finally blocks are entered by exceptions, which the graph draws no branch for.</summary>
    private static bool InExceptionHandler(BasicBlock block)
    {
        for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
        {
            if (region.Kind is ControlFlowRegionKind.Catch or ControlFlowRegionKind.Filter or ControlFlowRegionKind.Finally)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The graph of the innermost function around the use: the member's, then each lambda's or local function's in turn.</summary>
    private static ControlFlowGraph? GraphOf(IOperation use)
    {
        var functions = new List<IOperation>();
        var root = use;
        for (; root.Parent is { } parent; root = parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                functions.Add(parent);
            }
        }

        var graph = root switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
            IBlockOperation block => ControlFlowGraph.Create(block),
            IFieldInitializerOperation field => ControlFlowGraph.Create(field),
            IPropertyInitializerOperation property => ControlFlowGraph.Create(property),
            _ => null,
        };
        for (var i = functions.Count - 1; i >= 0 && graph is not null; i--)
        {
            graph = functions[i] switch
            {
                ILocalFunctionOperation localFunction => graph.GetLocalFunctionControlFlowGraphInScope(localFunction.Symbol),
                IAnonymousFunctionOperation lambda => LambdaGraph(graph, lambda.Symbol),
                _ => null,
            };
        }

        return graph;
    }

    private static ControlFlowGraph? LambdaGraph(ControlFlowGraph graph, IMethodSymbol lambda)
    {
        foreach (var block in graph.Blocks)
        {
            foreach (var operation in Operations(block))
            {
                foreach (var node in operation.DescendantsAndSelf())
                {
                    if (node is IFlowAnonymousFunctionOperation flow && SymbolEqualityComparer.Default.Equals(flow.Symbol, lambda))
                    {
                        return graph.GetAnonymousFunctionControlFlowGraph(flow);
                    }
                }
            }
        }

        return null;
    }
}
