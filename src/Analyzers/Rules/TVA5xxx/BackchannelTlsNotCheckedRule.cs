using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Dispatch;
using TokenValidationAnalyzers.Core.Symbols;
using TokenValidationAnalyzers.FixContract;
using TokenValidationAnalyzers.Model;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// TVA5003: an <c>HttpClientHandler.ServerCertificateCustomValidationCallback</c> that accepts any certificate, on a handler
/// that fetches metadata or signing keys.
/// </summary>
internal sealed class BackchannelTlsNotCheckedRule
{
    private readonly WellKnownTypes _types;

    public BackchannelTlsNotCheckedRule(WellKnownTypes types) => _types = types;

    public void Register(OperationDispatch dispatch)
        => dispatch.OnAssignment(WellKnownTypes.Property(_types.HttpClientHandler, "ServerCertificateCustomValidationCallback"), Analyze);

    private void Analyze(RuleContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        if (AcceptsAnyCertificate(assignment.Value) && FeedsBackchannel(target.Instance) && !EnvironmentGuards.IsGuarded(assignment, _types))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TVA5003, assignment.Syntax.GetLocation(), FixProperties.Remove));
        }
    }

    /// <summary><c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>, or a callback that returns true and never rejects.</summary>
    private bool AcceptsAnyCertificate(IOperation value)
    {
        if (Values.StripConversions(value) is IPropertyReferenceOperation { Property.Name: "DangerousAcceptAnyServerCertificateValidator" } accept
            && SymbolEqualityComparer.Default.Equals(accept.Property.ContainingType, _types.HttpClientHandler))
        {
            return true;
        }

        return DelegateBody.From(value) is { } body && body.AlwaysReturnsConstant(true) && !body.MayRejectByThrowing(_types);
    }

    /// <summary>
    /// The handler ends up, in the same block, in an options' <c>BackchannelHttpHandler</c> or <c>Backchannel</c>, or in the
    /// <c>HttpDocumentRetriever</c> a <c>ConfigurationManager</c> fetches metadata and keys with — directly or through an
    /// <c>HttpClient</c> built on it.
    /// </summary>
    private bool FeedsBackchannel(IOperation? handler)
    {
        if (handler is null || !ObjectRef.TryResolve(handler, _types, out var name))
        {
            return false;
        }

        var carriers = new List<ObjectRef> { name };
        AddCarrier(name.Creation, carriers);
        foreach (var operation in Scopes.Block(handler).Descendants())
        {
            switch (operation)
            {
                case IObjectCreationOperation client when SymbolEqualityComparer.Default.Equals(client.Type, _types.HttpClient)
                    && !carriers.Contains(new ObjectRef(client, null)) && Carries(client, carriers):
                    carriers.Add(new ObjectRef(client, null));
                    AddCarrier(client, carriers);
                    break;
                case IObjectCreationOperation retriever when SymbolEqualityComparer.Default.Equals(retriever.Type, _types.HttpDocumentRetriever)
                    && Carries(retriever, carriers):
                    return true;

                // declared on RemoteAuthenticationOptions for OpenIdConnect: judge by the options object it is set on
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "BackchannelHttpHandler" or "Backchannel" } backchannel } assignment
                    when _types.IsAuthenticationOptions(backchannel.Instance?.Type ?? backchannel.Property.ContainingType) && Carries(assignment.Value, carriers):
                    return true;
            }
        }

        return false;
    }

    /// <summary>What holds a created handler or client: the local it initialises, the <c>HttpClient</c> it is passed to.</summary>
    private void AddCarrier(IOperation? creation, List<ObjectRef> carriers)
    {
        switch (creation?.Parent)
        {
            // `var h = new HttpClientHandler { … }`
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                carriers.Add(new ObjectRef(declarator.Symbol, null));
                break;

            // `new HttpClient(new HttpClientHandler { … })`
            case IArgumentOperation { Parent: IObjectCreationOperation client } when SymbolEqualityComparer.Default.Equals(client.Type, _types.HttpClient):
                carriers.Add(new ObjectRef(client, null));
                AddCarrier(client, carriers);
                break;
        }
    }

    private bool Carries(IOperation value, List<ObjectRef> carriers)
    {
        foreach (var part in value.DescendantsAndSelf())
        {
            if (ObjectRef.TryResolve(part, _types, out var used) && carriers.Contains(used))
            {
                return true;
            }
        }

        return false;
    }
}
