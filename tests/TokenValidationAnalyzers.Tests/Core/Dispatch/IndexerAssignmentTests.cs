using Microsoft.CodeAnalysis;
using TokenValidationAnalyzers.Core.Dispatch;

namespace TokenValidationAnalyzers.Tests.Core.Dispatch;

/// <summary>
/// Assignments to an indexer are ruled out from the operation itself while no rule registered an indexer; a registered
/// indexer, and a property beside indexer assignments, still reach their handlers.
/// </summary>
public class IndexerAssignmentTests
{
    private const string Source = """
        class Bag
        {
            public int Count { get; set; }
            public int this[string key] { get => 0; set { } }
            public int this[int index] { get => 0; set { } }
        }

        static class C
        {
            static void M(Bag bag)
            {
                bag["a"] = 1;
                bag[2] = 2;
                bag.Count = 3;
            }
        }
        """;

    [Fact]
    public async Task PropertyBesideIndexerAssignments_IsDispatched()
    {
        var seen = await Assigned(bag => bag.GetMembers("Count"));

        Assert.Equal(new[] { "bag.Count = 3" }, seen);
    }

    [Fact]
    public async Task RegisteredIndexer_SeesItsAssignmentsOnly()
    {
        var seen = await Assigned(bag => bag.GetMembers(WrittenNames.IndexerName)
            .Where(indexer => ((IPropertySymbol)indexer).Parameters[0].Type.SpecialType == SpecialType.System_String));

        Assert.Equal(new[] { "bag[\"a\"] = 1" }, seen);
    }

    private static async Task<List<string>> Assigned(Func<INamedTypeSymbol, IEnumerable<ISymbol>> properties)
    {
        var seen = new List<string>();
        await DispatchOnlyAnalyzer.RunAsync(Source, (dispatch, compilation) =>
        {
            foreach (var property in properties(compilation.GetTypeByMetadataName("Bag")!))
            {
                dispatch.OnAssignment((IPropertySymbol)property, (_, assignment, _) =>
                {
                    lock (seen)
                    {
                        seen.Add(assignment.Syntax.ToString());
                    }
                });
            }
        });
        return seen;
    }
}
