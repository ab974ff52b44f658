using System;
using System.Collections.Generic;
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
/// One registration per trigger for the whole package: every rule family says which property, method or type it
/// cares about, and each assignment or creation costs a name check (<see cref="NameSet"/>) and, for the few that pass,
/// one dictionary lookup. Calls are not a callback each — they outnumber everything else and the driver's cost per
/// callback over all of them was the package's largest cost — but one pass over each file's text
/// (<see cref="CallScan"/>) that binds only the calls whose name a rule asked for. An analyzer runs on every
/// keystroke; the callbacks themselves are most of what it costs. An override keeps the name it overrides, so
/// checking names first loses nothing. Generated code is analyzed by the driver but skipped here, where a rule has
/// matched (see <see cref="GeneratedCode"/>).
/// </summary>
internal sealed class OperationDispatch
{
    private readonly Dictionary<ISymbol, AssignmentHandler> _assignments = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, InvocationHandler> _invocations = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, CreationHandler> _creations = new(SymbolEqualityComparer.Default);
    private readonly NameSet _assignmentNames = new();
    private readonly NameSet _invocationNames = new();
    private readonly NameSet _creationNames = new();
    private readonly WellKnownTypes _types;
    private CoalesceHandler? _coalesces;

    public OperationDispatch(WellKnownTypes types) => _types = types;

    public void OnAssignment(IPropertySymbol? property, AssignmentHandler handler)
    {
        if (property is not null)
        {
            _assignments[property.OriginalDefinition] = _assignments.TryGetValue(property.OriginalDefinition, out var existing) ? existing + handler : handler;
            _assignmentNames.Add(property.Name);
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
                _invocationNames.Add(key.Name);
            }
        }
    }

    public void OnCreation(INamedTypeSymbol? type, CreationHandler handler)
    {
        if (type is not null)
        {
            _creations[type.OriginalDefinition] = _creations.TryGetValue(type.OriginalDefinition, out var existing) ? existing + handler : handler;
            _creationNames.Add(type.Name);
        }
    }

    /// <summary>
    /// Every <c>a ?? b</c>: there is no symbol to key it on, so handlers filter cheaply themselves and ask
    /// <see cref="GeneratedCode"/> once they match.
    /// </summary>
    public void OnCoalesce(CoalesceHandler handler) => _coalesces += handler;

    public void Register(CompilationStartAnalysisContext start)
    {
        if (_coalesces is not null)
        {
            start.RegisterOperationAction(AnalyzeCoalesce, OperationKind.Coalesce);
        }

        if (_assignments.Count > 0)
        {
            start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
        }

        if (_invocations.Count > 0)
        {
            start.RegisterSemanticModelAction(AnalyzeCalls);
        }

        if (_creations.Count > 0)
        {
            start.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        }
    }

    private void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !_assignmentNames.Contains(target.Property.Name))
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

        var rule = new RuleContext(context);
        if (GeneratedCode.Contains(rule, assignment, _types))
        {
            return;
        }

        try
        {
            handler(rule, assignment, target);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    /// <summary>The calls of one file (or of the span the IDE asks about) that a rule asked for, found by their names.</summary>
    private void AnalyzeCalls(SemanticModelAnalysisContext context)
    {
        try
        {
            var model = context.SemanticModel;
            var text = model.SyntaxTree.GetText(context.CancellationToken).ToString(); // a parsed file's own string, not a copy
            var span = context.FilterSpan ?? new TextSpan(0, text.Length);
            SyntaxNode? root = null;
            for (var paren = NextParen(text, span.Start, span.End); paren >= 0; paren = NextParen(text, paren + 1, span.End))
            {
                if (paren >= 2 && !_invocationNames.MayEndWith(text[paren - 2], text[paren - 1]) && CallScan.EndsPlainName(text, paren))
                {
                    continue; // most calls: a name right before the "(" whose last two letters no rule's name ends with
                }

                if (!CallScan.TryReadName(text, paren, out var start, out var end, out var unsure)
                    || (!unsure && !_invocationNames.Contains(text, start, end - start)))
                {
                    continue;
                }

                root ??= model.SyntaxTree.GetRoot(context.CancellationToken);
                if (CallScan.InvocationAt(root, paren, out var name) is { } call
                    && _invocationNames.Contains(name.ValueText)
                    && model.GetOperation(call, context.CancellationToken) is IInvocationOperation invocation)
                {
                    AnalyzeInvocation(context, invocation);
                }
            }
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private static int NextParen(string text, int from, int end)
    {
        if (from >= end)
        {
            return -1;
        }

        var found = text.AsSpan(from, end - from).IndexOf('(');
        return found < 0 ? -1 : from + found;
    }

    private void AnalyzeInvocation(in SemanticModelAnalysisContext context, IInvocationOperation invocation)
    {
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

        var containing = context.SemanticModel.GetEnclosingSymbol(invocation.Syntax.SpanStart, context.CancellationToken);
        var rule = new RuleContext(context, containing);
        if (GeneratedCode.Contains(rule, invocation, _types))
        {
            return;
        }

        try
        {
            handler(rule, invocation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCoalesce(OperationAnalysisContext context)
    {
        try
        {
            _coalesces!(new RuleContext(context), (ICoalesceOperation)context.Operation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is null || !_creationNames.Contains(creation.Type.Name)
            || !_creations.TryGetValue(creation.Type.OriginalDefinition, out var handler))
        {
            return;
        }

        var rule = new RuleContext(context);
        if (GeneratedCode.Contains(rule, creation, _types))
        {
            return;
        }

        try
        {
            handler(rule, creation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }
}
