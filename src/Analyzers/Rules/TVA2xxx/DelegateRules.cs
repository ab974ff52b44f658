using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA2xxx;

/// <summary>The per-compilation state of <see cref="DelegateAnalyzer"/>: delegate properties mapped to what their delegate must do.</summary>
internal sealed class DelegateRules
{
    private static readonly ImmutableDictionary<string, string?> RemoveProperties =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemove);

    private readonly WellKnownTypes _types;
    private readonly Dictionary<IPropertySymbol, DelegateKind> _properties = new(SymbolEqualityComparer.Default);
    private readonly IPropertySymbol? _tokenIssuer;
    private readonly Dictionary<IPropertySymbol, (IPropertySymbol? Switch, ValidationSource? Source)> _covers = new(SymbolEqualityComparer.Default);

    public DelegateRules(WellKnownTypes types)
    {
        _types = types;
        _tokenIssuer = WellKnownTypes.Property(types.SecurityToken, "Issuer");
        Add(DelegateKind.ReturnsTrueWhenValid, "AudienceValidator", "LifetimeValidator", "IssuerSigningKeyValidator",
            "IssuerSigningKeyValidatorUsingConfiguration", "AlgorithmValidator", "TokenReplayValidator");
        Add(DelegateKind.ReturnsValidatedInput, "IssuerValidator", "IssuerValidatorUsingConfiguration", "TypeValidator");
        Add(DelegateKind.ValidatesSignature, "SignatureValidator", "SignatureValidatorUsingConfiguration");
        Add(DelegateKind.ResolvesKeys, "IssuerSigningKeyResolver", "IssuerSigningKeyResolverUsingConfiguration");
        Add(DelegateKind.Keys, "IssuerSigningKey", "IssuerSigningKeys");

        // removing these delegates brings back the check they replace: its switch and its source of valid values
        var issuer = ValidationSource.Issuer(types);
        var audience = ValidationSource.Audience(types);
        Cover("IssuerValidator", issuer.Switch, issuer);
        Cover("IssuerValidatorUsingConfiguration", issuer.Switch, issuer);
        Cover("AudienceValidator", audience.Switch, audience);
        Cover("LifetimeValidator", types.TokenValidationParametersProperty("ValidateLifetime"), null);
    }

    private enum DelegateKind
    {
        ReturnsTrueWhenValid,
        ReturnsValidatedInput,
        ValidatesSignature,
        ResolvesKeys,
        Keys,
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var property in _properties.Keys)
        {
            dispatch.OnAssignment(property, AnalyzeAssignment);
        }
    }

    private void AnalyzeAssignment(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (!_properties.TryGetValue(target.Property.OriginalDefinition, out var kind) || EnvironmentGuards.IsGuarded(assignment, _types))
        {
            return;
        }

        if (kind == DelegateKind.Keys)
        {
            AnalyzeKeys(context, assignment);
            return;
        }

        if (DelegateBody.From(assignment.Value) is not { } body || EnvironmentGuards.DependsOnEnvironment(assignment.Value, _types))
        {
            return;
        }

        var name = target.Property.Name;
        switch (kind)
        {
            case DelegateKind.ReturnsTrueWhenValid when body.AlwaysReturnsConstant(true) && !body.MayRejectByThrowing(_types):
            case DelegateKind.ReturnsValidatedInput when body.AlwaysReturnsParameterOrConstant(0, _tokenIssuer) && !body.MayRejectByThrowing(_types):
                ReportAcceptsEverything(context, assignment, target);
                break;
            case DelegateKind.ValidatesSignature when ReturnsUnverifiedParse(body):
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2002, assignment.Syntax.GetLocation(), RemoveProperties, name));
                break;
            case DelegateKind.ResolvesKeys:
                AnalyzeResolver(context, assignment, body, name);
                break;
        }
    }

    /// <summary>
    /// TVA2001. Its fix removes the delegate; where the object also switches the check off, that switch goes too, and
    /// where nothing else would supply valid issuers or audiences (TVA1009/TVA1010 after the fix), no fix is offered.
    /// </summary>
    private void ReportAcceptsEverything(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        var properties = RemoveProperties;
        var related = ImmutableArray<Location>.Empty;
        if (_covers.TryGetValue(target.Property.OriginalDefinition, out var covered)
            && ObjectRef.TryResolve(target.Instance, _types, out var receiver))
        {
            var configuration = ObjectConfiguration.Collect(assignment, receiver, _types);
            if (configuration.LastAssignment(covered.Switch) is { } off && Values.IsConstant(off.Value, expected: false)
                && !EnvironmentGuards.IsGuarded(off.Assignment, _types))
            {
                related = ImmutableArray.Create(off.Assignment.Syntax.GetLocation());
            }

            if (covered.Source is { } source && configuration.IsJudged && !source.IsSupplied(configuration, ignoring: target.Property.OriginalDefinition))
            {
                properties = ImmutableDictionary<string, string?>.Empty;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2001, assignment.Syntax.GetLocation(), related, properties, target.Property.Name));
    }

    private void AnalyzeResolver(RuleContext context, ISimpleAssignmentOperation assignment, DelegateBody body, string name)
    {
        if (body.Parameters.Length < 3)
        {
            return;
        }

        if (!body.References(body.Parameters[0]) && !body.References(body.Parameters[1]) && !body.References(body.Parameters[2])
            && !ReturnsOneKey(body))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2003, assignment.Syntax.GetLocation(), name));
            return;
        }

        if (UnvalidatedTokenData.FindKeyFetchFromToken(body.Operations, new[] { body.Parameters[1] }, _types) is { } datum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2004, assignment.Syntax.GetLocation(), datum));
        }
    }

    /// <summary><c>IssuerSigningKey(s) = …</c> built from a token the method only read: the key source came from the token.</summary>
    private void AnalyzeKeys(RuleContext context, ISimpleAssignmentOperation assignment)
    {
        var operations = new List<IOperation>();
        var readsToken = false;
        foreach (var operation in Scopes.Function(assignment).Descendants())
        {
            operations.Add(operation);
            readsToken |= UnvalidatedTokenData.IsUnvalidatedRead(operation, _types);
        }

        if (readsToken && UnvalidatedTokenData.FindKeyFetchFromToken(operations, Array.Empty<IParameterSymbol>(), _types) is { } datum)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA2004, assignment.Syntax.GetLocation(), datum));
        }
    }

    /// <summary>A signature validator that returns a token parsed from its input and never verifies, throws or calls out.</summary>
    private bool ReturnsUnverifiedParse(DelegateBody body)
    {
        var returnsParse = false;
        foreach (var returned in body.ReturnedValues)
        {
            returnsParse |= IsParse(returned, body);
        }

        if (!returnsParse)
        {
            return false;
        }

        foreach (var operation in body.Operations)
        {
            switch (operation)
            {
                case IThrowOperation:
                    return false;
                case IInvocationOperation invocation when Verifies(invocation.TargetMethod.Name):
                    return false;
                case IExpressionStatementOperation statement
                    when statement.Operation is IInvocationOperation call && !_types.IsLoggingCall(call.TargetMethod, call.Instance):
                    return false;
            }
        }

        return true;
    }

    private bool IsParse(IOperation returned, DelegateBody body)
    {
        var value = Values.StripConversions(returned);
        if (value is ILocalReferenceOperation local)
        {
            foreach (var operation in body.Operations)
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local))
                {
                    return UnvalidatedTokenData.IsUnvalidatedRead(initial, _types);
                }
            }

            return false;
        }

        return UnvalidatedTokenData.IsUnvalidatedRead(value, _types);
    }

    private static bool Verifies(string methodName)
        => methodName.IndexOf("Validat", StringComparison.Ordinal) >= 0 || methodName.IndexOf("Verif", StringComparison.Ordinal) >= 0;

    /// <summary><c>new[] { key }</c>: one key for every token is what <c>IssuerSigningKey</c> does, not a cross-issuer key list.</summary>
    private static bool ReturnsOneKey(DelegateBody body)
    {
        if (!body.HasReturns)
        {
            return false;
        }

        foreach (var returned in body.ReturnedValues)
        {
            var value = Values.StripConversions(returned);
            var single = value switch
            {
                IArrayCreationOperation array => array.Initializer is { ElementValues.Length: 1 },
                IObjectCreationOperation { Arguments.Length: 0, Initializer: { } initializer } => initializer.Initializers.Length == 1,
                _ => value.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax { Elements.Count: 1 } collection
                    && collection.Elements[0] is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionElementSyntax,
            };
            if (!single)
            {
                return false;
            }
        }

        return true;
    }

    private void Cover(string validator, IPropertySymbol? @switch, ValidationSource? source)
    {
        if (_types.TokenValidationParametersProperty(validator) is { } property)
        {
            _covers[property] = (@switch, source);
        }
    }

    private void Add(DelegateKind kind, params string[] names)
    {
        foreach (var name in names)
        {
            if (_types.TokenValidationParametersProperty(name) is { } property)
            {
                _properties[property] = kind;
            }
        }
    }
}
