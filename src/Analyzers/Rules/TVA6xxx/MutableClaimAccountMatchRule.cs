using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Configuration;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// TVA6004 (nOAuth): a mutable claim of the signed-in user (<c>email</c>, <c>preferred_username</c>, <c>upn</c>,
/// <c>unique_name</c>) finds a local account — <c>UserManager.FindByEmailAsync</c>/<c>FindByNameAsync</c>, or an equality on
/// a user's member in a LINQ lookup — in a project that signs in users of other tenants or providers. That is known only
/// when the compilation ends, so findings wait for it.
/// </summary>
internal sealed class MutableClaimAccountMatchRule
{
    private static readonly string[] Lookups =
    {
        "Where", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "Any",
    };

    private static readonly string[] AsyncLookups =
    {
        "FirstAsync", "FirstOrDefaultAsync", "SingleAsync", "SingleOrDefaultAsync", "LastAsync", "LastOrDefaultAsync", "AnyAsync",
    };

    private readonly WellKnownTypes _types;
    private readonly ExternalSignIns _signIns;
    private readonly NameClaimMapping _nameMapping;
    private readonly List<Diagnostic> _findings = new();
    private readonly List<Diagnostic> _nameFindings = new();
    private readonly HashSet<Location> _reads = new();

    public MutableClaimAccountMatchRule(WellKnownTypes types, LazyAppSettings settings)
    {
        _types = types;
        _signIns = new ExternalSignIns(types, settings);
        _nameMapping = new NameClaimMapping(types);
    }

    public void Register(OperationDispatch dispatch)
    {
        if (_types.Claim is null || _types.ClaimsPrincipal is null)
        {
            return;
        }

        dispatch.OnInvocation(_types.Accounts.UserManager, "FindByEmailAsync", AnalyzeUserManager);
        dispatch.OnInvocation(_types.Accounts.UserManager, "FindByNameAsync", AnalyzeUserManager);
        foreach (var name in Lookups)
        {
            dispatch.OnInvocation(_types.Enumerable, name, AnalyzeLookup);
            dispatch.OnInvocation(_types.Accounts.Queryable, name, AnalyzeLookup);
        }

        foreach (var name in AsyncLookups)
        {
            dispatch.OnInvocation(_types.Accounts.EntityFrameworkQueryableExtensions, name, AnalyzeLookup);
        }

        dispatch.OnInvocation(_types.Accounts.List, "Find", AnalyzeLookup);
        _signIns.Register(dispatch);
        _nameMapping.Register(dispatch);
        dispatch.OnCompilationEnd(ReportFindings);
    }

    private void AnalyzeUserManager(RuleContext context, IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 1 && !EnvironmentGuards.ProductionSkips(invocation, _types))
        {
            DeferRead(invocation.Arguments[0].Value, invocation);
        }
    }

    /// <summary><c>users.FirstOrDefault(u => u.Email == email)</c>, a query's <c>where</c>, <c>list.Find(…)</c>.</summary>
    private void AnalyzeLookup(RuleContext context, IInvocationOperation invocation)
    {
        if (Predicate(invocation) is not { Symbol.Parameters.Length: 1 } lambda
            || lambda.Symbol.Parameters[0] is not { } user
            || !IsAccount(user.Type))
        {
            return;
        }

        foreach (var operation in lambda.Body.Descendants())
        {
            if (Compared(operation) is not var (left, right))
            {
                continue;
            }

            if (left.Type?.SpecialType != SpecialType.System_String || right.Type?.SpecialType != SpecialType.System_String)
            {
                continue;
            }

            var value = IsMemberOf(left, user) ? right : IsMemberOf(right, user) ? left : null;
            if (value is not null && !EnvironmentGuards.ProductionSkips(invocation, _types))
            {
                DeferRead(value, invocation);
            }
        }
    }

    /// <summary>The lambda argument: EF Core's lookups take a cancellation token after it.</summary>
    private static IAnonymousFunctionOperation? Predicate(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (Lambda(argument.Value) is { } lambda)
            {
                return lambda;
            }
        }

        return null;
    }

    private static IAnonymousFunctionOperation? Lambda(IOperation argument) => Values.StripConversions(argument) switch
    {
        IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
        IAnonymousFunctionOperation lambda => lambda,
        _ => null,
    };

    private static (IOperation Left, IOperation Right)? Compared(IOperation operation) => operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals => (equals.LeftOperand, equals.RightOperand),
        IInvocationOperation { TargetMethod.Name: "Equals", Instance: { } instance, Arguments.Length: > 0 } equals => (instance, equals.Arguments[0].Value),
        IInvocationOperation { TargetMethod.Name: "Equals", Instance: null, Arguments.Length: >= 2 } equals => (equals.Arguments[0].Value, equals.Arguments[1].Value),
        _ => null,
    };

    /// <summary><c>u.Email</c>, <c>u.NormalizedEmail</c>, <c>u.Email.ToLower()</c> of the lookup's element.</summary>
    private static bool IsMemberOf(IOperation operation, IParameterSymbol user)
    {
        var current = Values.StripConversions(operation);
        if (current is IInvocationOperation { Instance: { } text, TargetMethod.ContainingType.SpecialType: SpecialType.System_String })
        {
            current = Values.StripConversions(text);
        }

        var instance = current switch
        {
            IPropertyReferenceOperation property => property.Instance,
            IFieldReferenceOperation field => field.Instance,
            _ => null,
        };
        return instance is IParameterReferenceOperation parameter && SymbolEqualityComparer.Default.Equals(parameter.Parameter, user);
    }

    /// <summary>An Identity user, or a class the application names as one (<c>User</c>, <c>AppUser</c>, <c>Account</c>).</summary>
    private bool IsAccount(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, _types.Accounts.IdentityUser))
            {
                return true;
            }
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct or TypeKind.Interface } named
            && (named.Name.IndexOf("User", StringComparison.OrdinalIgnoreCase) >= 0
                || named.Name.IndexOf("Account", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>A mutable claim always counts; the name claim only when the project maps it to one, known when the compilation ends.</summary>
    private void DeferRead(IOperation value, IInvocationOperation lookup)
    {
        if (MutableClaimRead.Find(value, _types) is { } read)
        {
            Defer(read, lookup.TargetMethod.Name, _findings);
        }
        else if (MutableClaimRead.FindNameRead(value, _types) is { } nameRead)
        {
            Defer(nameRead, lookup.TargetMethod.Name, _nameFindings);
        }
    }

    private void Defer(IOperation read, string lookup, List<Diagnostic> findings)
    {
        var location = read.Syntax.GetLocation();
        lock (_findings)
        {
            if (_reads.Add(location))
            {
                findings.Add(Diagnostic.Create(Descriptors.TVA6004, location, lookup));
            }
        }
    }

    private void ReportFindings(CompilationAnalysisContext context)
    {
        lock (_findings)
        {
            if ((_findings.Count == 0 && _nameFindings.Count == 0) || !_signIns.AcceptsOtherTenantsOrProviders)
            {
                return;
            }

            foreach (var finding in _findings)
            {
                context.ReportDiagnostic(finding);
            }

            if (_nameMapping.NameIsMutableClaim)
            {
                foreach (var finding in _nameFindings)
                {
                    context.ReportDiagnostic(finding);
                }
            }
        }
    }
}
