using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA4xxx;

/// <summary>
/// Tokens this code issues: TVA4002 when the expiry is further from now than the limit (one day unless configured),
/// TVA4003 when a <c>JwtSecurityToken</c> gets no expiry, or a descriptor given to a handler that adds no default times has none.
/// </summary>
internal sealed class TokenLifetimeRules
{
    public const string LifetimeOption = "dotnet_code_quality.TVA4002.max_token_lifetime";
    private const string OneHourFromNow = "global::System.DateTime.UtcNow.AddHours(1)";

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(1);

    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _expires;

    public TokenLifetimeRules(WellKnownTypes types)
    {
        _types = types;
        _expires = WellKnownTypes.Property(types.SecurityTokenDescriptor, "Expires");
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnAssignment(_expires, static (context, assignment, _) => AnalyzeExpiry(context, assignment.Value, assignment.Syntax));
        dispatch.OnCreation(_types.JwtSecurityToken, AnalyzeJwtSecurityToken);
        dispatch.OnCreation(_types.SecurityTokenDescriptor, AnalyzeDescriptor);
        foreach (var handler in _types.TokenHandlerTypes)
        {
            dispatch.OnInvocation(handler, "CreateToken", AnalyzeCreateToken);
            dispatch.OnInvocation(handler, "CreateJwtSecurityToken", AnalyzeCreateToken);
            dispatch.OnInvocation(handler, "CreateEncodedJwt", AnalyzeCreateToken);
        }
    }

    private static void AnalyzeCreateToken(RuleContext context, IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "expires" && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                AnalyzeExpiry(context, argument.Value, argument.Syntax);
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

    private static void AnalyzeJwtSecurityToken(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length == 0 || TokenCreation.Argument(creation.Arguments, "expires") is not { } expires)
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
    }

    /// <summary>A descriptor created here without <c>Expires</c> and given to a handler whose <c>SetDefaultTimesOnTokenCreation</c> is false.</summary>
    private void AnalyzeDescriptor(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 0)
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(creation, new ObjectRef(creation, null), _types, atEnd: true);
        if (configuration.Escapes || TokenCreation.HandlerCreateCall(configuration, _types) is not { } create)
        {
            return;
        }

        if (!configuration.Sets(_expires) && HandlerSkipsDefaultTimes(create))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA4003, Locations.Creation(creation), ImmutableDictionary<string, string?>.Empty
                .Add(FixProperties.Action, FixProperties.ActionAddMember)
                .Add(FixProperties.Member, "Expires")
                .Add(FixProperties.ValueExpression, OneHourFromNow)));
        }
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
                skips = ProductionCondition.Decide(assignment.Value, _types) == false;
            }
        }

        return skips;
    }

    private static ImmutableDictionary<string, string?> SetValue(string expression)
        => ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.Action, FixProperties.ActionSetValue)
            .Add(FixProperties.ValueExpression, expression);
}
