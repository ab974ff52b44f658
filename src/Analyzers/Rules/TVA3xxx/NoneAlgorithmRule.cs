using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>TVA3004: <c>ValidAlgorithms</c> lists 'none', or <c>SigningCredentials</c> are created for it.</summary>
internal sealed class NoneAlgorithmRule
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _validAlgorithms;

    public NoneAlgorithmRule(WellKnownTypes types)
    {
        _types = types;
        _validAlgorithms = types.TokenValidationParametersProperty("ValidAlgorithms");
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnAssignment(_validAlgorithms, static (context, assignment, _) => AnalyzeValidAlgorithms(context, assignment));
        dispatch.OnCreation(_types.SigningCredentials, AnalyzeSigningCredentials);
    }

    private static void AnalyzeSigningCredentials(RuleContext context, IObjectCreationOperation creation)
    {
        if (TokenCreation.Argument(creation.Arguments, "algorithm") is { } algorithm && IsNone(algorithm.Value.ConstantValue.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, algorithm.Syntax.GetLocation()));
        }
    }

    private static void AnalyzeValidAlgorithms(RuleContext context, ISimpleAssignmentOperation assignment)
    {
        var elements = Elements(assignment.Value);
        foreach (var element in elements)
        {
            if (IsNone(element.Value))
            {
                // a list of only 'none' would become empty (`new[] { }` does not compile): remove the assignment instead,
                // so that the library accepts the key's algorithms and still requires a signature
                if (AllNone(elements))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, assignment.Syntax.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemove)));
                    return;
                }

                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, assignment.Syntax.GetLocation(),
                    ImmutableArray.Create(element.Syntax.GetLocation()),
                    ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemoveElement)));
                return;
            }
        }
    }

    private static bool AllNone(List<(SyntaxNode Syntax, object? Value)> elements)
    {
        foreach (var element in elements)
        {
            if (!IsNone(element.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNone(object? value) => value is string text && string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>The elements of an array, a collection initializer or a collection expression, with their constant values.</summary>
    private static List<(SyntaxNode Syntax, object? Value)> Elements(IOperation value)
    {
        var elements = new List<(SyntaxNode, object?)>();
        var operation = Values.StripConversions(value);
        switch (operation)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                foreach (var element in initializer.ElementValues)
                {
                    elements.Add((element.Syntax, element.ConstantValue.Value));
                }

                break;
            case IObjectCreationOperation { Initializer: { } collection }:
                foreach (var initializer in collection.Initializers)
                {
                    if (initializer is IInvocationOperation { Arguments.Length: 1 } add)
                    {
                        elements.Add((add.Arguments[0].Value.Syntax, add.Arguments[0].Value.ConstantValue.Value));
                    }
                }

                break;
            default:
                if (operation.Syntax is CollectionExpressionSyntax expression && operation.SemanticModel is { } model)
                {
                    foreach (var element in expression.Elements)
                    {
                        if (element is ExpressionElementSyntax item)
                        {
                            elements.Add((item, model.GetConstantValue(item.Expression).Value));
                        }
                    }
                }

                break;
        }

        return elements;
    }
}
