using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>TVA5008: OpenIddict's <c>DisableTransportSecurityRequirement()</c> that the production world reaches.</summary>
internal sealed class TransportSecurityDisabledRule
{
    private readonly WellKnownTypes _types;

    public TransportSecurityDisabledRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var (type, name) in DevelopmentOnlyCall.TransportSecurityOff(_types))
        {
            dispatch.OnInvocation(type, name, Analyze);
        }
    }

    private void Analyze(RuleContext context, IInvocationOperation invocation)
        => DevelopmentOnlyCall.Report(context, invocation, Descriptors.TVA5008, _types);
}
