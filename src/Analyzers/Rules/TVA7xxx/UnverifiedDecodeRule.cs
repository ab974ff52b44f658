using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA7xxx;

/// <summary>
/// TVA7001: a JWT.Net decode with <c>verify: false</c>, a <c>JwtBuilder</c> that decodes without verifying under the
/// referenced version's defaults, or a jose-jwt <c>JWT.Decode</c> that accepts 'none' without a key (see <see cref="JwtNetDecoding"/>).
/// </summary>
internal sealed class UnverifiedDecodeRule
{
    private static readonly ImmutableDictionary<string, string?> InsertVerification = ImmutableDictionary<string, string?>.Empty
        .Add(FixProperties.Action, FixProperties.ActionInsertCall)
        .Add(FixProperties.Member, "MustVerifySignature");

    private static readonly ImmutableDictionary<string, string?> VerifyTrue = ImmutableDictionary<string, string?>.Empty
        .Add(FixProperties.Action, FixProperties.ActionSetValue)
        .Add(FixProperties.ValueExpression, "true");

    private readonly WellKnownTypes _types;

    public UnverifiedDecodeRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        var jwtNet = _types.JwtNet;
        dispatch.OnInvocation(jwtNet.JwtBuilder, "Decode", Analyze);
        foreach (var decoder in new[] { jwtNet.JwtDecoderExtensions, jwtNet.IJwtDecoder, jwtNet.JwtDecoder })
        {
            dispatch.OnInvocation(decoder, "Decode", Analyze);
            dispatch.OnInvocation(decoder, "DecodeToObject", Analyze);
        }

        dispatch.OnInvocation(_types.JoseJwt.Jwt, "Decode", Analyze);
        dispatch.OnInvocation(_types.JoseJwt.Jwt, "DecodeBytes", Analyze);
    }

    private void Analyze(RuleContext context, IInvocationOperation decode)
    {
        if (JwtNetDecoding.Find(decode, _types, out var verify) is not { } kind || EnvironmentGuards.ProductionSkips(decode, _types))
        {
            return;
        }

        var name = Locations.CalledName(decode);
        var diagnostic = kind switch
        {
            UnverifiedDecodeKind.VerifyArgument when verify is not null => Diagnostic.Create(
                Descriptors.TVA7001, name, ImmutableArray.Create(verify.Value.Syntax.GetLocation()), VerifyTrue, decode.TargetMethod.Name + "(…, verify: false)"),
            UnverifiedDecodeKind.Builder => Diagnostic.Create(Descriptors.TVA7001, name, InsertVerification, "JwtBuilder.Decode"),
            _ => Diagnostic.Create(Descriptors.TVA7001, name, "JWT." + decode.TargetMethod.Name + " with no key and 'none' allowed"),
        };
        context.ReportDiagnostic(diagnostic);
    }
}
