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
/// <c>unique_name</c>, or the name claim when the project maps it to one) finds a local account — <c>UserManager.FindByEmailAsync</c>/
/// <c>FindByNameAsync</c>, or an equality on a user's login identity in a LINQ lookup — in a project that signs in users of other
/// tenants or providers. That is known only when the compilation ends, so findings wait for it.
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
            dispatch.OnInvocation(_types.Enumerable, name, AnalyzeLookup, AccountLookup.MayCompareLoginIdentity);
            dispatch.OnInvocation(_types.Accounts.Queryable, name, AnalyzeLookup, AccountLookup.MayCompareLoginIdentity);
        }

        foreach (var name in AsyncLookups)
        {
            dispatch.OnInvocation(_types.Accounts.EntityFrameworkQueryableExtensions, name, AnalyzeLookup, AccountLookup.MayCompareLoginIdentity);
        }

        dispatch.OnInvocation(_types.Accounts.List, "Find", AnalyzeLookup, AccountLookup.MayCompareLoginIdentity);
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

    /// <summary><c>users.FirstOrDefault(u => u.Email == email)</c>, a query's <c>where</c>, <c>list.Find(…)</c> over accounts.</summary>
    private void AnalyzeLookup(RuleContext context, IInvocationOperation invocation)
    {
        if (AccountLookup.Predicate(invocation) is not { Symbol.Parameters.Length: 1 } lambda
            || lambda.Symbol.Parameters[0] is not { } user
            || !AccountLookup.IsAccount(user.Type, _types.Accounts.IdentityUser))
        {
            return;
        }

        foreach (var operation in lambda.Body.Descendants())
        {
            if (AccountLookup.Compared(operation) is not var (left, right))
            {
                continue;
            }

            if (Values.StripConversions(left).Type?.SpecialType != SpecialType.System_String
                || Values.StripConversions(right).Type?.SpecialType != SpecialType.System_String)
            {
                continue;
            }

            var value = AccountLookup.IsLoginIdentityOf(left, user) ? right : AccountLookup.IsLoginIdentityOf(right, user) ? left : null;
            if (value is not null && !EnvironmentGuards.ProductionSkips(invocation, _types))
            {
                DeferRead(value, invocation);
            }
        }
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

    private void ReportFindings(Action<Diagnostic> report)
    {
        lock (_findings)
        {
            if ((_findings.Count == 0 && _nameFindings.Count == 0) || !_signIns.AcceptsOtherTenantsOrProviders)
            {
                return;
            }

            foreach (var finding in _findings)
            {
                report(finding);
            }

            if (_nameMapping.NameIsMutableClaim)
            {
                foreach (var finding in _nameFindings)
                {
                    report(finding);
                }
            }
        }
    }
}
