using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Core.Dispatch;

internal delegate void AssignmentHandler(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target);

internal delegate void InvocationHandler(RuleContext context, IInvocationOperation invocation);

internal delegate void CreationHandler(RuleContext context, IObjectCreationOperation creation);

internal delegate void LocalAssignmentHandler(RuleContext context, ISimpleAssignmentOperation assignment, ILocalReferenceOperation target);

internal delegate void CoalesceHandler(RuleContext context, ICoalesceOperation coalesce);

/// <summary>
/// The package's handler tables: rules register by symbol (a property, a method, a type), and one operation action per
/// kind looks the bound symbol up and calls what was registered for it. Only the kinds some rule asked for are
/// registered, and nothing at all when no rule did.
/// </summary>
internal sealed partial class OperationDispatch(GeneratedCode generatedCode)
{
    private readonly GeneratedCode _generatedCode = generatedCode;
    private readonly Dictionary<ISymbol, AssignmentHandler> _assignments = new(SymbolEqualityComparer.Default);
    private readonly NameFilter _assignedNames = new();
    private bool _indexersAssigned;
    private readonly Dictionary<ISymbol, InvocationHandler> _invocations = new(SymbolEqualityComparer.Default);
    private readonly NameFilter _invocationNames = new();
    private readonly HashSet<string> _callsWithoutCheck = new(StringComparer.Ordinal);
    private readonly Dictionary<ISymbol, CreationHandler> _creations = new(SymbolEqualityComparer.Default);
    private readonly List<ISymbol> _createdTypes = new();
    private CoalesceHandler? _coalesces;
    private LocalAssignmentHandler? _constantsToLocals;

    public void OnAssignment(IPropertySymbol? property, AssignmentHandler handler)
    {
        if (property is not null)
        {
            Add(_assignments, property.OriginalDefinition, handler);
            _assignedNames.Add(property.Name);
            _indexersAssigned |= !property.Parameters.IsEmpty;
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
        if (Register(type, name, handler))
        {
            // a handler without a syntax check sees every call of the name
            _callsWithoutCheck.Add(name);
            _invocationNames.Set(name, null);
        }
    }

    /// <summary>
    /// As <see cref="OnInvocation(INamedTypeSymbol?, string, InvocationHandler)"/>, for names written in most code (LINQ's
    /// <c>Where</c>): calls whose syntax fails <paramref name="mayMatch"/> are ruled out before their symbol is read, which
    /// the public API builds afresh for a constructed generic method. Only an optimization: the handler decides alone, and
    /// sees every call of the name if another handler registers it without a check.
    /// </summary>
    public void OnInvocation(INamedTypeSymbol? type, string name, InvocationHandler handler, Func<SyntaxNode, bool> mayMatch)
    {
        if (Register(type, name, handler) && !_callsWithoutCheck.Contains(name))
        {
            // the check sits in the name's slot of the table: one look-up per call, where a dictionary of checks cost a
            // second (docs/performance.md)
            _invocationNames.TryGetValue(name, out var existing);
            _invocationNames.Set(name, existing is Func<SyntaxNode, bool> other && other != mayMatch
                ? syntax => other(syntax) || mayMatch(syntax)
                : mayMatch);
        }
    }

    private bool Register(INamedTypeSymbol? type, string name, InvocationHandler handler)
    {
        var registered = false;
        foreach (var member in type?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
        {
            if (member is IMethodSymbol method)
            {
                Add(_invocations, method.OriginalDefinition, handler);
                _invocationNames.Add(method.Name);
                registered = true;
            }
        }

        return registered;
    }

    public void OnCreation(INamedTypeSymbol? type, CreationHandler handler)
    {
        if (type is not null)
        {
            Add(_creations, type.OriginalDefinition, handler);
            _createdTypes.Add(type.OriginalDefinition);
        }
    }

    /// <summary>Every <c>a ?? b</c> but <c>?? throw</c>: there is no symbol to key it on, so handlers filter cheaply themselves.</summary>
    public void OnCoalesce(CoalesceHandler handler) => _coalesces += handler;

    /// <summary>Every <c>local = constant;</c>: there is no symbol to key it on, so handlers filter cheaply themselves.</summary>
    public void OnConstantToLocal(LocalAssignmentHandler handler) => _constantsToLocals += handler;

    public void Register(CompilationStartAnalysisContext start)
    {
        if (_assignments.Count > 0 || _constantsToLocals is not null)
        {
            start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
        }

        if (_invocations.Count > 0)
        {
            start.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
        }

        if (_creations.Count > 0)
        {
            start.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
        }

        if (_coalesces is not null)
        {
            start.RegisterOperationAction(AnalyzeCoalesce, OperationKind.Coalesce);
        }

        if (_additions.Count > 0)
        {
            start.RegisterOperationAction(AnalyzeDelegateAddition, OperationKind.CompoundAssignment);
        }

        if (_implementations.Count > 0)
        {
            start.RegisterSymbolAction(AnalyzeNamedType, SymbolKind.NamedType);
        }

        if (_compilationEnd is not null)
        {
            start.RegisterCompilationEndAction(AnalyzeCompilationEnd);
        }
    }

    private static void Add<THandler>(Dictionary<ISymbol, THandler> table, ISymbol key, THandler handler)
        where THandler : Delegate
    {
        // a rule registering the same handler for two names of one symbol (an overload set seen twice) runs it once
        table[key] = table.TryGetValue(key, out var existing) && existing != handler ? (THandler)Delegate.Combine(existing, handler) : handler;
    }

    private void AnalyzeAssignment(OperationAnalysisContext context)
    {
        if (context.Operation is ISimpleAssignmentOperation { Target: ILocalReferenceOperation local, Value.ConstantValue.HasValue: true } constant
            && _constantsToLocals is { } constantHandlers)
        {
            try
            {
                constantHandlers(new RuleContext(context, _generatedCode), constant, local);
            }
            catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
            {
            }

            return;
        }

        // most assignments to a property are `dictionary[key] = …` and no rule asks for an indexer: its arguments, part of
        // the operation just built, tell it without reading the tree
        if (context.Operation is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
            || (!_indexersAssigned && !target.Arguments.IsEmpty)
            || (WrittenNames.Assigned(assignment.Syntax) is { } name && !_assignedNames.Contains(name)))
        {
            return;
        }

        if (FindPropertyHandler(_assignments, target.Property) is not { } handler)
        {
            return;
        }

        try
        {
            handler(new RuleContext(context, _generatedCode), assignment, target);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private static THandler? FindPropertyHandler<THandler>(Dictionary<ISymbol, THandler> table, IPropertySymbol assigned)
        where THandler : Delegate
    {
        var property = assigned.OriginalDefinition;
        THandler? handler;
        while (!table.TryGetValue(property, out handler))
        {
            // an application's subclass overriding a library property; metadata overrides are registered already
            if (!property.IsOverride || property.DeclaringSyntaxReferences.IsEmpty || property.OverriddenProperty is not { } overridden)
            {
                return null;
            }

            property = overridden.OriginalDefinition;
        }

        return handler;
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (WrittenNames.Called(invocation) is { } name
            && (!_invocationNames.TryGetValue(name, out var check)
                || (check is Func<SyntaxNode, bool> mayMatch && !mayMatch(invocation.Syntax))))
        {
            // calls outnumber every other trigger: the name written in the tree rules most out without touching a symbol
            // (an override keeps the name it overrides)
            return;
        }

        var method = invocation.TargetMethod.OriginalDefinition;
        InvocationHandler? handler;
        while (!_invocations.TryGetValue(method, out handler))
        {
            if (!method.IsOverride || method.DeclaringSyntaxReferences.IsEmpty || method.OverriddenMethod is not { } overridden)
            {
                return;
            }

            method = overridden.OriginalDefinition;
        }

        try
        {
            handler(new RuleContext(context, _generatedCode), invocation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type?.OriginalDefinition is not { } type || !IsCreatedType(type) || !_creations.TryGetValue(type, out var handler))
        {
            return;
        }

        try
        {
            handler(new RuleContext(context, _generatedCode), creation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private bool IsCreatedType(ITypeSymbol type)
    {
        // a type's original definition is one object per compilation, so a reference scan of the few registered types
        // rules out ordinary creations without hashing a symbol
        foreach (var created in _createdTypes)
        {
            if (ReferenceEquals(created, type))
            {
                return true;
            }
        }

        return false;
    }

    private void AnalyzeCoalesce(OperationAnalysisContext context)
    {
        var coalesce = (ICoalesceOperation)context.Operation;
        if (coalesce.WhenNull is IThrowOperation)
        {
            return;
        }

        try
        {
            _coalesces!(new RuleContext(context, _generatedCode), coalesce);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }
}
