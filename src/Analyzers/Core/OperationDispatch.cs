using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace TokenValidationAnalyzers.Core;

internal delegate void AssignmentHandler(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target);

internal delegate void InvocationHandler(RuleContext context, IInvocationOperation invocation);

internal delegate void CreationHandler(RuleContext context, IObjectCreationOperation creation);

internal delegate void CoalesceHandler(RuleContext context, ICoalesceOperation coalesce);

/// <summary>
/// One pass over each file's text for the whole package: every rule family says which property, method or type it
/// cares about, and the pass (<see cref="TriggerText"/>) reads the name written at each <c>(</c>, <c>=</c> and
/// <c>new</c> of the file and each <c>??</c>, and binds only those whose name a rule asked for — a handful per
/// configuring file, none in most. Measured, the analyzer driver's own cost per operation callback (clock reads and a
/// dictionary update around each one) over every call, assignment and creation of a project was most of what the
/// package cost, more than CA5404 and CA5405 together; a name check on text costs a few nanoseconds. An override
/// keeps the name it overrides, so checking names first loses nothing. Generated code is analyzed, and its
/// diagnostics dropped where a rule reports (see <see cref="RuleContext"/>).
/// </summary>
internal sealed class OperationDispatch
{
    private readonly Dictionary<ISymbol, AssignmentHandler> _assignments = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, InvocationHandler> _invocations = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, CreationHandler> _creations = new(SymbolEqualityComparer.Default);
    private readonly TriggerNames _names = new();
    private readonly WellKnownTypes _types;
    private CoalesceHandler? _coalesces;
    private long _fingerprint;

    /// <summary>The syntax trees whose text holds no trigger, with the fingerprint of the names they were read for.</summary>
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<long>> FilesWithoutTriggers = new();

    public OperationDispatch(WellKnownTypes types) => _types = types;

    public void OnAssignment(IPropertySymbol? property, AssignmentHandler handler)
    {
        if (property is not null)
        {
            _assignments[property.OriginalDefinition] = _assignments.TryGetValue(property.OriginalDefinition, out var existing) ? existing + handler : handler;
            _names.Assignments.Add(property.Name);
        }
    }

    /// <summary>Every property of that name declared on the type or its base types.</summary>
    public void OnAssignment(INamedTypeSymbol? type, string name, AssignmentHandler handler)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                OnAssignment(member as IPropertySymbol, handler);
            }
        }
    }

    /// <summary>Every overload of that name declared on the type.</summary>
    public void OnInvocation(INamedTypeSymbol? type, string name, InvocationHandler handler)
    {
        if (type is null)
        {
            return;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IMethodSymbol method)
            {
                var key = method.OriginalDefinition;
                _invocations[key] = _invocations.TryGetValue(key, out var existing) && existing != handler ? existing + handler : handler;
                _names.Calls.Add(key.Name);
            }
        }
    }

    public void OnCreation(INamedTypeSymbol? type, CreationHandler handler)
    {
        if (type is not null)
        {
            _creations[type.OriginalDefinition] = _creations.TryGetValue(type.OriginalDefinition, out var existing) ? existing + handler : handler;
            _names.Creations.Add(type.Name);
        }
    }

    /// <summary>Every <c>a ?? b</c> but <c>?? throw</c>: there is no symbol to key it on, so handlers filter cheaply themselves.</summary>
    public void OnCoalesce(CoalesceHandler handler) => _coalesces += handler;

    public void Register(CompilationStartAnalysisContext start)
    {
        if (_creations.Count > 0)
        {
            _names.AddAliases(start.Compilation, start.CancellationToken);
        }

        _fingerprint = _names.Fingerprint + (_coalesces is null ? 0 : 1);

        if (_assignments.Count > 0 || _invocations.Count > 0 || _creations.Count > 0 || _coalesces is not null)
        {
            start.RegisterSemanticModelAction(AnalyzeFile);
        }
    }

    /// <summary>
    /// The triggers in one file (or in the span the IDE asks about) that a rule asked for. Whether a file's text holds
    /// any depends on the text and the names alone, so a file found to hold none is not read again for the same names:
    /// the IDE builds a compilation per edit from the same syntax trees but the one edited.
    /// </summary>
    private void AnalyzeFile(SemanticModelAnalysisContext context)
    {
        try
        {
            var tree = context.SemanticModel.SyntaxTree;
            var wholeFile = context.FilterSpan is null;
            if (wholeFile && FilesWithoutTriggers.TryGetValue(tree, out var readFor) && Interlocked.Read(ref readFor.Value) == _fingerprint)
            {
                return;
            }

            var text = tree.GetText(context.CancellationToken).ToString(); // a parsed file's own string, not a copy
            var file = new FileTriggers(this, context);
            TriggerText.FindTriggers(text, context.FilterSpan ?? new TextSpan(0, text.Length), ref file);
            if (wholeFile && !file.FoundCandidate)
            {
                Interlocked.Exchange(ref FilesWithoutTriggers.GetValue(tree, static _ => new StrongBox<long>()).Value, _fingerprint);
            }
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCall(in SemanticModelAnalysisContext context, SyntaxNode root, int paren)
    {
        if (TriggerSyntax.InvocationAt(root, paren, out var name) is not { } call
            || !_names.Calls.Contains(name.ValueText)
            || context.SemanticModel.GetOperation(call, context.CancellationToken) is not IInvocationOperation invocation)
        {
            return;
        }

        var method = invocation.TargetMethod.OriginalDefinition;
        InvocationHandler? handler;
        while (!_invocations.TryGetValue(method, out handler))
        {
            // only an application's own override of a library method needs the walk; metadata overrides are registered
            if (method.DeclaringSyntaxReferences.IsEmpty || !method.IsOverride || method.OverriddenMethod is not { } overridden)
            {
                return;
            }

            method = overridden.OriginalDefinition;
        }

        try
        {
            handler(new RuleContext(context, call, _types.GeneratedCodeAttribute), invocation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeAssignment(in SemanticModelAnalysisContext context, SyntaxNode root, int equals)
    {
        if (TriggerSyntax.AssignmentAt(root, equals) is not { } syntax
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
            || !_names.Assignments.Contains(target.Property.Name))
        {
            return;
        }

        var property = target.Property.OriginalDefinition;
        AssignmentHandler? handler;
        while (!_assignments.TryGetValue(property, out handler))
        {
            // an application's subclass overriding a library property (rare): look the declaration up; asking a
            // metadata symbol whether it overrides is not free, and its overrides are registered already
            if (property.DeclaringSyntaxReferences.IsEmpty || !property.IsOverride || property.OverriddenProperty is not { } overridden)
            {
                return;
            }

            property = overridden.OriginalDefinition;
        }

        try
        {
            handler(new RuleContext(context, syntax, _types.GeneratedCodeAttribute), assignment, target);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCreation(in SemanticModelAnalysisContext context, SyntaxNode root, int keyword)
    {
        if (TriggerSyntax.CreationAt(root, keyword) is not { } syntax
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IObjectCreationOperation { Type: { } type } creation
            || !_creations.TryGetValue(type.OriginalDefinition, out var handler))
        {
            return;
        }

        try
        {
            handler(new RuleContext(context, syntax, _types.GeneratedCodeAttribute), creation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCoalesce(in SemanticModelAnalysisContext context, SyntaxNode root, int question)
    {
        if (TriggerSyntax.FallbackAt(root, question) is not { } syntax
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not ICoalesceOperation coalesce)
        {
            return;
        }

        try
        {
            _coalesces!(new RuleContext(context, syntax, _types.GeneratedCodeAttribute), coalesce);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    /// <summary>One file's pass: the syntax root is fetched for the first candidate only.</summary>
    private struct FileTriggers : ITriggerSink
    {
        private readonly OperationDispatch _dispatch;
        private readonly SemanticModelAnalysisContext _context;
        private SyntaxNode? _root;

        public FileTriggers(OperationDispatch dispatch, in SemanticModelAnalysisContext context)
        {
            _dispatch = dispatch;
            _context = context;
            _root = null;
        }

        public void Call(string text, int paren, bool afterBackslash)
        {
            if (_dispatch._names.MayBeCall(text, paren, afterBackslash))
            {
                _dispatch.AnalyzeCall(_context, Root, paren);
            }
        }

        public void Assignment(string text, int equals, bool afterBackslash)
        {
            if (_dispatch._names.MayBeAssignment(text, equals, afterBackslash))
            {
                _dispatch.AnalyzeAssignment(_context, Root, equals);
            }
        }

        public void FallbackOrCreation(string text, int position)
        {
            if (text[position] == '?')
            {
                if (_dispatch._coalesces is not null && TriggerText.IsFallbackOperator(text, position))
                {
                    _dispatch.AnalyzeCoalesce(_context, Root, position);
                }
            }
            else if (_dispatch._names.MayBeCreation(text, position))
            {
                _dispatch.AnalyzeCreation(_context, Root, position);
            }
        }

        /// <summary>Some trigger's text named what a rule asked for (or could not tell), and was looked at in the tree.</summary>
        public bool FoundCandidate => _root is not null;

        private SyntaxNode Root => _root ??= _context.SemanticModel.SyntaxTree.GetRoot(_context.CancellationToken);
    }
}
