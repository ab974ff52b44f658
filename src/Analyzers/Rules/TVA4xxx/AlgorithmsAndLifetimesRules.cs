using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA4xxx;

/// <summary>The per-compilation state of <see cref="AlgorithmsAndLifetimesAnalyzer"/>.</summary>
internal sealed class AlgorithmsAndLifetimesRules
{
    public const string ClockSkewOption = "dotnet_code_quality.TVA4001.max_clock_skew";
    public const string LifetimeOption = "dotnet_code_quality.TVA4002.max_token_lifetime";
    private const string OneHourFromNow = "global::System.DateTime.UtcNow.AddHours(1)";

    private static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(1);

    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _validAlgorithms;
    private readonly IPropertySymbol? _clockSkew;
    private readonly IPropertySymbol? _expires;
    private readonly IPropertySymbol? _signingCredentials;

    public AlgorithmsAndLifetimesRules(WellKnownTypes types)
    {
        _types = types;
        _validAlgorithms = types.TokenValidationParametersProperty("ValidAlgorithms");
        _clockSkew = types.TokenValidationParametersProperty("ClockSkew");
        _expires = WellKnownTypes.Property(types.SecurityTokenDescriptor, "Expires");
        _signingCredentials = WellKnownTypes.Property(types.SecurityTokenDescriptor, "SigningCredentials");
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnAssignment(_clockSkew, static (context, assignment, _) => AnalyzeClockSkew(context, assignment));
        dispatch.OnAssignment(_validAlgorithms, static (context, assignment, _) => AnalyzeValidAlgorithms(context, assignment));
        dispatch.OnAssignment(_expires, static (context, assignment, _) => AnalyzeExpiry(context, assignment.Value, assignment.Syntax));
        dispatch.OnCreation(_types.SigningCredentials, AnalyzeSigningCredentials);
        dispatch.OnCreation(_types.JwtSecurityToken, AnalyzeJwtSecurityToken);
        dispatch.OnCreation(_types.SecurityTokenDescriptor, AnalyzeDescriptor);
        foreach (var handler in _types.TokenHandlerTypes)
        {
            dispatch.OnInvocation(handler, "CreateToken", AnalyzeCreateToken);
            dispatch.OnInvocation(handler, "CreateJwtSecurityToken", AnalyzeCreateToken);
            dispatch.OnInvocation(handler, "CreateEncodedJwt", AnalyzeCreateToken);
        }
    }

    private static void AnalyzeSigningCredentials(RuleContext context, IObjectCreationOperation creation)
    {
        if (Argument(creation.Arguments, "algorithm") is { } algorithm && IsNone(algorithm.Value.ConstantValue.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, algorithm.Syntax.GetLocation()));
        }
    }

    private void AnalyzeCreateToken(RuleContext context, IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "expires" && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                AnalyzeExpiry(context, argument.Value, argument.Syntax);
            }

        }
    }

    private static void AnalyzeClockSkew(RuleContext context, ISimpleAssignmentOperation assignment)
    {
        if (TimeValues.Constant(assignment.Value) is not { } skew)
        {
            return;
        }

        var limit = TimeValues.Limit(context.Options, assignment.Syntax.SyntaxTree, ClockSkewOption, DefaultClockSkew);
        if (skew <= limit)
        {
            return;
        }

        var (unit, amount) = TimeValues.Unit(limit);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4001, assignment.Syntax.GetLocation(),
            ImmutableArray.Create(assignment.Value.Syntax.GetLocation()),
            SetValue($"global::System.TimeSpan.From{unit}({amount})"),
            skew == TimeSpan.MaxValue ? "TimeSpan.MaxValue" : TimeValues.Format(skew), TimeValues.Format(limit)));
    }

    private static void AnalyzeValidAlgorithms(RuleContext context, ISimpleAssignmentOperation assignment)
    {
        var elements = Elements(assignment.Value);
        foreach (var element in elements)
        {
            if (IsNone(element.Value))
            {
                // removing the only element would leave an empty list, which IdentityModel reads as "any algorithm"
                var properties = elements.Count > 1
                    ? ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Action, FixProperties.ActionRemoveElement)
                    : ImmutableDictionary<string, string?>.Empty;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3004, assignment.Syntax.GetLocation(),
                    ImmutableArray.Create(element.Syntax.GetLocation()), properties));
                return;
            }
        }
    }

    private static void AnalyzeExpiry(RuleContext context, IOperation value, SyntaxNode reported)
    {
        if (TimeValues.AfterNow(value, out var addition) is not { } lifetime || addition?.Instance is not { } now)
        {
            return;
        }

        var limit = TimeValues.Limit(context.Options, reported.SyntaxTree, LifetimeOption, DefaultLifetime);
        if (lifetime <= limit)
        {
            return;
        }

        var (unit, amount) = TimeValues.Unit(limit);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4002, reported.GetLocation(),
            ImmutableArray.Create(addition.Syntax.GetLocation()),
            SetValue($"{now.Syntax.WithoutTrivia().ToFullString()}.Add{unit}({amount})"),
            TimeValues.Format(lifetime), TimeValues.Format(limit)));
    }

    private void AnalyzeJwtSecurityToken(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length == 0)
        {
            return;
        }

        var expires = Argument(creation.Arguments, "expires");
        if (expires is null)
        {
            return;
        }

        if (expires.ArgumentKind == ArgumentKind.DefaultValue)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4003, Locations.Creation(creation), ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Action, FixProperties.ActionAddArgument)
                .Add(FixProperties.Member, "expires")
                .Add(FixProperties.ValueExpression, OneHourFromNow)));
        }
        else if (Values.IsConstantNull(expires.Value))
        {
            // `null` passed by position or by name: replace it where it is
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4003, Locations.Creation(creation),
                ImmutableArray.Create(expires.Value.Syntax.GetLocation()), SetValue(OneHourFromNow)));
        }
        else
        {
            AnalyzeExpiry(context, expires.Value, expires.Syntax);
        }

        if (Argument(creation.Arguments, "signingCredentials") is { } credentials
            && (credentials.ArgumentKind == ArgumentKind.DefaultValue || Values.IsConstantNull(credentials.Value))
            && IsWritten(creation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3006, Locations.Creation(creation)));
        }
    }

    /// <summary>
    /// A descriptor created here and given to CreateToken: TVA3006 without SigningCredentials; TVA4003 without Expires
    /// when the handler does not add one. Reported from the creation itself, where the finding is.
    /// </summary>
    private void AnalyzeDescriptor(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 0)
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(creation, new ObjectRef(creation, null), _types, atEnd: true);
        if (configuration.Escapes || CreateCall(configuration) is not { } create)
        {
            return;
        }

        if (configuration.LastAssignment(_signingCredentials) is not { } signing || Values.IsConstantNull(signing.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3006, Locations.Creation(creation)));
        }

        if (!configuration.Sets(_expires) && HandlerSkipsDefaultTimes(create))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4003, Locations.Creation(creation), ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Action, FixProperties.ActionAddMember)
                .Add(FixProperties.Member, "Expires")
                .Add(FixProperties.ValueExpression, OneHourFromNow)));
        }
    }

    /// <summary>The handler call the descriptor is given to: <c>CreateToken</c>, <c>CreateJwtSecurityToken</c>, <c>CreateEncodedJwt</c>.</summary>
    private IInvocationOperation? CreateCall(ObjectConfiguration configuration)
    {
        foreach (var call in configuration.Calls)
        {
            if (call.TargetMethod.Name is "CreateToken" or "CreateJwtSecurityToken" or "CreateEncodedJwt" && _types.IsTokenHandlerMethod(call.TargetMethod))
            {
                return call;
            }
        }

        return null;
    }

    private bool HandlerSkipsDefaultTimes(IInvocationOperation create)
    {
        if (!ObjectRef.TryResolve(create.Instance, _types, out var handler))
        {
            return false;
        }

        var configuration = ObjectConfiguration.Collect(create, handler, _types);
        var skips = false;
        foreach (var assignment in configuration.Assignments)
        {
            if (assignment.Property.Name == "SetDefaultTimesOnTokenCreation")
            {
                skips = Values.IsConstant(assignment.Value, expected: false);
            }
        }

        return skips;
    }

    /// <summary>The token is passed to a handler's <c>WriteToken</c> in the same block, directly or through a local.</summary>
    private bool IsWritten(IObjectCreationOperation token)
    {
        var root = Scopes.Block(token);

        var name = new ObjectRef(token, null);
        ObjectRef local = default;
        if (token.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            local = new ObjectRef(declarator.Symbol, null);
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is IInvocationOperation { TargetMethod.Name: "WriteToken", Arguments.Length: 1 } write
                && _types.IsTokenHandlerMethod(write.TargetMethod)
                && ObjectRef.TryResolve(write.Arguments[0].Value, _types, out var written)
                && (written.Equals(name) || (local.Root is not null && written.Equals(local))))
            {
                return true;
            }
        }

        return false;
    }

    private static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    private static bool IsNone(object? value) => value is string text && string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase);

    private static ImmutableDictionary<string, string?> SetValue(string expression)
        => ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, FixProperties.ActionSetValue)
            .Add(FixProperties.ValueExpression, expression);

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
