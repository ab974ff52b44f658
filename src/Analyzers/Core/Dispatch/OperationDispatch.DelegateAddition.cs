using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Core.Dispatch;

internal delegate void DelegateAdditionHandler(RuleContext context, ICompoundAssignmentOperation addition, IPropertyReferenceOperation target);

/// <summary>
/// <c>p.AudienceValidator += …</c> on a delegate-typed property: the combined delegate returns what the added one returns,
/// so for a rule about what a delegate returns, adding sets it. <c>-=</c> and arithmetic compound assignments are not dispatched.
/// </summary>
internal sealed partial class OperationDispatch
{
    private readonly Dictionary<ISymbol, DelegateAdditionHandler> _additions = new(SymbolEqualityComparer.Default);
    private readonly NameFilter _addedNames = new();

    public void OnDelegateAddition(IPropertySymbol? property, DelegateAdditionHandler handler)
    {
        if (property is { Type.TypeKind: TypeKind.Delegate })
        {
            Add(_additions, property.OriginalDefinition, handler);
            _addedNames.Add(property.Name);
        }
    }

    private void AnalyzeDelegateAddition(OperationAnalysisContext context)
    {
        if (context.Operation is not ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: IPropertyReferenceOperation target } addition
            || (WrittenNames.Assigned(addition.Syntax) is { } name && !_addedNames.Contains(name))
            || target.Property.Type.TypeKind != TypeKind.Delegate
            || FindPropertyHandler(_additions, target.Property) is not { } handler)
        {
            return;
        }

        try
        {
            handler(new RuleContext(context, _generatedCode), addition, target);
        }
        catch (Exception exception) when (AnalyzerGuard.Swallow(exception))
        {
        }
    }
}
