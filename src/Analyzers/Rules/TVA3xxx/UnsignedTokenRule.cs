using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA3xxx;

/// <summary>
/// TVA3006: a token is issued without signing credentials — a <c>JwtSecurityToken</c> created without them and written
/// by a handler in the same block, or a <c>SecurityTokenDescriptor</c> created here without them and given to a
/// handler's <c>CreateToken</c>. Reported from the creation, where the finding is.
/// </summary>
internal sealed class UnsignedTokenRule
{
    private readonly WellKnownTypes _types;
    private readonly IPropertySymbol? _signingCredentials;

    public UnsignedTokenRule(WellKnownTypes types)
    {
        _types = types;
        _signingCredentials = WellKnownTypes.Property(types.SecurityTokenDescriptor, "SigningCredentials");
    }

    public void Register(OperationDispatch dispatch)
    {
        dispatch.OnCreation(_types.JwtSecurityToken, AnalyzeJwtSecurityToken);
        dispatch.OnCreation(_types.SecurityTokenDescriptor, AnalyzeDescriptor);
    }

    private void AnalyzeJwtSecurityToken(RuleContext context, IObjectCreationOperation creation)
    {
        if (TokenCreation.Argument(creation.Arguments, "signingCredentials") is { } credentials
            && (credentials.ArgumentKind == ArgumentKind.DefaultValue || Values.IsConstantNull(credentials.Value))
            && IsWritten(creation))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3006, Locations.Creation(creation)));
        }
    }

    private void AnalyzeDescriptor(RuleContext context, IObjectCreationOperation creation)
    {
        if (creation.Arguments.Length != 0)
        {
            return;
        }

        var configuration = ObjectConfiguration.Collect(creation, new ObjectRef(creation, null), _types, atEnd: true);
        if (configuration.Escapes || TokenCreation.HandlerCreateCall(configuration, _types) is null)
        {
            return;
        }

        if (configuration.LastAssignment(_signingCredentials) is not { } signing || Values.IsConstantNull(signing.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA3006, Locations.Creation(creation)));
        }
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
}
