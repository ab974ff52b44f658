using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>TVA3007: a developer or ephemeral signing/encryption key of a token server or client that the production world reaches.</summary>
internal sealed class DevelopmentSigningKeyRule
{
    private readonly WellKnownTypes _types;

    public DevelopmentSigningKeyRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        foreach (var (type, name) in DevelopmentOnlyCall.DevelopmentKeys(_types))
        {
            dispatch.OnInvocation(type, name, Analyze);
        }
    }

    private void Analyze(RuleContext context, IInvocationOperation invocation)
        => DevelopmentOnlyCall.Report(context, invocation, Descriptors.TVA3007, _types);
}
