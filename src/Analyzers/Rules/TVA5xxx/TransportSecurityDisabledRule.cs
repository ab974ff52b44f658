using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>TVA5008: OpenIddict's <c>DisableTransportSecurityRequirement()</c> that the production world reaches.</summary>
internal sealed class TransportSecurityDisabledRule
{
    private const string Name = "DisableTransportSecurityRequirement";

    private readonly WellKnownTypes _types;

    public TransportSecurityDisabledRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnInvocation(_types.TokenServers.OpenIddictServerAspNetCoreBuilder, Name, Analyze);
        dispatch.OnInvocation(_types.TokenServers.OpenIddictValidationAspNetCoreBuilder, Name, Analyze);
    }

    private void Analyze(RuleContext context, IInvocationOperation invocation)
        => DevelopmentOnlyCall.Report(context, invocation, Descriptors.TVA5008, _types);
}
