using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA6xxx;

/// <summary>
/// TVA6002: a token read with <c>ReadJwtToken</c>/<c>ReadJsonWebToken</c>/<c>ReadToken</c> or parsed with
/// <c>new JwtSecurityToken(token)</c>/<c>new JsonWebToken(token)</c> whose claims reach an identity, a principal or
/// <c>HttpContext.User</c>, or that decide access (see <see cref="ClaimDecisions"/>), in a method that validates nothing.
/// </summary>
internal sealed class ClaimsFromUnvalidatedTokenRule
{
    private const string BecomeIdentity = "become an identity";
    private const string DecideAccess = "decide access";

    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _httpContextUser;

    public ClaimsFromUnvalidatedTokenRule(WellKnownTypes types)
    {
        _types = types;
        _httpContextUser = WellKnownTypes.Property(types.HttpContext, "User");
    }

    public void Register(OperationDispatch dispatch)
    {
        foreach (var handler in _types.TokenHandlerTypes)
        {
            dispatch.OnInvocation(handler, "ReadJwtToken", AnalyzeRead);
            dispatch.OnInvocation(handler, "ReadJsonWebToken", AnalyzeRead);
            dispatch.OnInvocation(handler, "ReadToken", AnalyzeRead);
        }

        dispatch.OnCreation(_types.JwtSecurityToken, AnalyzeParse);
        dispatch.OnCreation(_types.JsonWebToken, AnalyzeParse);

        var jwtNet = _types.JwtNet;
        dispatch.OnInvocation(jwtNet.JwtBuilder, "Decode", AnalyzeDecode);
        foreach (var decoder in new[] { jwtNet.JwtDecoderExtensions, jwtNet.IJwtDecoder, jwtNet.JwtDecoder })
        {
            dispatch.OnInvocation(decoder, "Decode", AnalyzeDecode);
            dispatch.OnInvocation(decoder, "DecodeToObject", AnalyzeDecode);
        }

        dispatch.OnInvocation(_types.JoseJwt.Jwt, "Payload", AnalyzeDecode);
    }

    private void AnalyzeRead(RuleContext context, IInvocationOperation read)
    {
        if (TrustsClaimsOf(read) is { } trust)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6002, Locations.CalledName(read), read.TargetMethod.Name, trust));
        }
    }

    /// <summary>A JWT.Net decode that does not verify (as TVA7001 decides) or jose-jwt's <c>JWT.Payload</c>: it returns the payload itself.</summary>
    private void AnalyzeDecode(RuleContext context, IInvocationOperation decode)
    {
        var unverified = JwtNetDecoding.IsJosePayloadRead(decode, _types)
            || JwtNetDecoding.Find(decode, _types, out _) is UnverifiedDecodeKind.VerifyArgument or UnverifiedDecodeKind.Builder;
        if (unverified && !EnvironmentGuards.ProductionSkips(decode, _types) && TrustsClaimsOf(decode, readIsPayload: true) is { } trust)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6002, Locations.CalledName(decode), decode.TargetMethod.Name + " without verification", trust));
        }
    }

    /// <summary>Parsing, like ReadJwtToken, validates nothing.</summary>
    private void AnalyzeParse(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length == 1 && UnvalidatedTokenData.IsUnvalidatedRead(creation, _types) && TrustsClaimsOf(creation) is { } trust)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA6002, Locations.Creation(creation), "new " + creation.Type!.Name, trust));
        }
    }

    /// <summary>
    /// How the method trusts the read token's claims, when it validates nothing: they reach an identity, a principal or
    /// <c>HttpContext.User</c>, or they decide access; null when they do neither.
    /// </summary>
    private string? TrustsClaimsOf(IOperation read, bool readIsPayload = false)
    {
        var operations = EnclosingFunction.Operations(read);
        if (EnclosingFunction.CallsValidateToken(operations))
        {
            return null;
        }

        var tainted = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var operation in operations)
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator when Carries(value, read, tainted):
                        tainted.Add(declarator.Symbol);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when Carries(assignment.Value, read, tainted):
                        tainted.Add(local.Local);
                        break;
                    case IForEachLoopOperation loop when Carries(loop.Collection, read, tainted):
                        foreach (var variable in loop.Locals)
                        {
                            tainted.Add(variable);
                        }

                        break;
                }
            }
        }

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case IObjectCreationOperation creation when IsIdentityType(creation.Type) && ArgumentsCarry(creation.Arguments, read, tainted):
                    return BecomeIdentity;
                case IInvocationOperation { TargetMethod.Name: "AddClaim" or "AddClaims" or "AddIdentity" or "AddIdentities" } add
                    when IsIdentityType(add.TargetMethod.ContainingType) && ArgumentsCarry(add.Arguments, read, tainted):
                    return BecomeIdentity;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation user } assignment
                    when SymbolEqualityComparer.Default.Equals(user.Property, _httpContextUser) && Carries(assignment.Value, read, tainted):
                    return BecomeIdentity;
            }
        }

        return ClaimDecisions.DecideAccess(operations, read, tainted, _types, readIsPayload) ? DecideAccess : null;
    }

    /// <summary>The value is the read token, or a local that holds it or data of it.</summary>
    internal static bool Carries(IOperation value, IOperation read, HashSet<ISymbol> tainted)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (ReferenceEquals(operation, read)
                || (operation is ILocalReferenceOperation local && tainted.Contains(local.Local)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ArgumentsCarry(ImmutableArray<IArgumentOperation> arguments, IOperation read, HashSet<ISymbol> tainted)
    {
        foreach (var argument in arguments)
        {
            if (Carries(argument.Value, read, tainted))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIdentityType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _types.ClaimsIdentity)
                || SymbolEqualityComparer.Default.Equals(current, _types.ClaimsPrincipal))
            {
                return true;
            }
        }

        return false;
    }
}
