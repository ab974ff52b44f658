using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>TVA3007: a developer or ephemeral signing/encryption key of a token server that the production world reaches.</summary>
internal sealed class DevelopmentSigningKeyRule
{
    private static readonly string[] OpenIddictDevelopmentKeys =
    {
        "AddDevelopmentSigningCertificate", "AddDevelopmentEncryptionCertificate", "AddEphemeralSigningKey", "AddEphemeralEncryptionKey",
    };

    private readonly WellKnownTypes _types;

    public DevelopmentSigningKeyRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnInvocation(_types.TokenServers.IdentityServerCryptoExtensions, "AddDeveloperSigningCredential", Analyze);
        foreach (var name in OpenIddictDevelopmentKeys)
        {
            dispatch.OnInvocation(_types.TokenServers.OpenIddictServerBuilder, name, Analyze);
        }
    }

    private void Analyze(RuleContext context, IInvocationOperation invocation)
        => DevelopmentOnlyCall.Report(context, invocation, Descriptors.TVA3007, _types);
}
