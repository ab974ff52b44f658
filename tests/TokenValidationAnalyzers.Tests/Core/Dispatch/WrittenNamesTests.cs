using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Tests.Verifiers;

namespace TokenValidationAnalyzers.Tests.Core.Dispatch;

/// <summary>
/// The dispatch rejects a call or an assignment whose written name no rule registered, before reading its symbol: the
/// name it reads must be the name of the member the compiler binds, or null (the symbol decides) — never another name.
/// </summary>
public class WrittenNamesTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;

        class Base
        {
            public Base() { }
            public Base(int x) { }
            public int P { get; set; }
            public int this[int i] { get => i; set { } }
        }

        class Derived : Base
        {
            public Derived() { }
            public Derived(int x) : base(x) { }
            public Derived(string s) : this(s.Length) { }

            ~Derived() { }
        }

        class Primary(int x) : Base(x);

        record R1(int X);

        record R2(int X) : R1(X);

        static class Extensions
        {
            public static void Add(this Stack<int> stack, int item) => stack.Push(item);
        }

        class C
        {
            event EventHandler? Changed;

            static int Local() => 1;

            void M(Func<int, int> f, Base b, C? maybe, int[] items)
            {
                var list = new List<int> { 1, Local(), f(2) };
                var map = new Dictionary<string, int> { { "a", 1 } };
                var indexed = new Dictionary<string, int> { ["b"] = 2 };
                var stack = new Stack<int> { 3 };
                var text = new StringBuilder().Append($"x{items.Length}y").Append($"{b.P:D2}").ToString();
                var query = from i in items where i > 1 select i * 2;
                var sum = items.Where(i => i > 0).Select(i => f(i)).Sum();
                var generic = Enumerable.Empty<int>().DefaultIfEmpty(Local());
                maybe?.M(f, b, null, items);
                this.Changed?.Invoke(this, EventArgs.Empty);
                b.P = list.Count + map.Count + indexed.Count + stack.Count + text.Length + query.Count() + sum + generic.Count();
                b[0] = b[1];
                var copy = new Base { P = 1 };
                var record = new R2(1) with { X = 2 };
                var anonymous = new { copy.P };
                string Nested() => $"{anonymous.P}";
                _ = Nested();
            }
        }
        """;

    [Fact]
    public void EveryCall_WrittenNameIsTheBoundMethodsOrNone()
    {
        var (invocations, _) = Operations();

        Assert.All(invocations, invocation =>
        {
            if (WrittenNames.Called(invocation) is { } name && invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke)
            {
                Assert.Equal(invocation.TargetMethod.Name, name);
            }
        });
    }

    [Fact]
    public void CompilerWrittenCalls_AreNamed()
    {
        var (invocations, _) = Operations();

        // constructor base calls (implicit and written), collection initializer adds (an instance and an extension
        // Add, and the Add of an element that is itself a call), interpolated string handler appends
        var unnamed = invocations.Where(i => WrittenNames.Called(i) is null).Select(i => i.TargetMethod.Name).Distinct().Order().ToList();
        Assert.Equal(new[] { "Select", "Where" }, unnamed);
        var implicitNames = invocations.Where(i => i.IsImplicit).Select(i => i.TargetMethod.Name).Distinct().Order().ToList();
        // a query clause's call is implicit too, and left to the symbol
        Assert.Equal(new[] { ".ctor", "Add", "AppendFormatted", "AppendLiteral", "Select", "Where" }, implicitNames);
    }

    [Fact]
    public void EveryPropertyAssignment_WrittenNameIsTheBoundPropertysOrNone()
    {
        var (_, assignments) = Operations();

        Assert.NotEmpty(assignments);
        Assert.All(assignments, assignment =>
        {
            var property = ((IPropertyReferenceOperation)assignment.Target).Property;
            var name = WrittenNames.Assigned(assignment.Syntax);
            Assert.True(
                name is null || name == property.Name || (name == string.Empty && property.ContainingType.IsAnonymousType),
                $"{assignment.Syntax}: written {name}, bound {property.Name}");
        });
    }

    private static (List<IInvocationOperation> Invocations, List<ISimpleAssignmentOperation> Assignments) Operations()
    {
        var tree = CSharpSyntaxTree.ParseText(Source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Names", new[] { tree }, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var model = compilation.GetSemanticModel(tree);
        var operations = tree.GetRoot().DescendantNodes()
            .Select(node => model.GetOperation(node))
            .Where(operation => operation is not null && operation.Parent is null)
            .SelectMany(root => root!.DescendantsAndSelf())
            .Distinct()
            .ToList();
        return (
            operations.OfType<IInvocationOperation>().ToList(),
            operations.OfType<ISimpleAssignmentOperation>().Where(a => a.Target is IPropertyReferenceOperation).ToList());
    }
}
