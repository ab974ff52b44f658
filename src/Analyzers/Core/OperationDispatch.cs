using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Core;

internal delegate void AssignmentHandler(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target);

internal delegate void InvocationHandler(OperationAnalysisContext context, IInvocationOperation invocation);

internal delegate void CreationHandler(OperationAnalysisContext context, IObjectCreationOperation creation);

internal delegate void CoalesceHandler(OperationAnalysisContext context, ICoalesceOperation coalesce);

/// <summary>
/// One registration per operation kind for the whole package: every rule family says which property, method or
/// type it cares about, and each assignment, invocation or creation costs a name check (<see cref="NameSet"/>) and,
/// for the few that pass, one dictionary lookup. An analyzer runs on every keystroke; the callbacks themselves are
/// most of what it costs. An override keeps the name it overrides, so checking names first loses nothing.
/// Generated code is analyzed by the driver but skipped here, where a rule has matched (see <see cref="GeneratedCode"/>).
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
            start.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
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

        if (GeneratedCode.Contains(context, _types))
        {
            return;
        }

        try
        {
            handler(context, assignment, target);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!_invocationNames.Contains(invocation.TargetMethod.Name))
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

        if (GeneratedCode.Contains(context, _types))
        {
            return;
        }

        try
        {
            handler(context, invocation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCoalesce(OperationAnalysisContext context)
    {
        try
        {
            _coalesces!(context, (ICoalesceOperation)context.Operation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }

    private void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is null || !_creationNames.Contains(creation.Type.Name)
            || !_creations.TryGetValue(creation.Type.OriginalDefinition, out var handler) || GeneratedCode.Contains(context, _types))
        {
            return;
        }

        try
        {
            handler(context, creation);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }
}
