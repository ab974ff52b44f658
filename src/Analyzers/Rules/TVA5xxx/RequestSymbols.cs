using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Rules.TVA5xxx;

/// <summary>
/// The request members TVA5007 reads, reached from <c>HttpContext</c>'s own members so that the rule needs no type lookups
/// of its own: the query, the path, the WebSocket test and the Accept header.
/// </summary>
internal sealed class RequestSymbols
{
    private RequestSymbols(INamedTypeSymbol query, INamedTypeSymbol? pathString, IPropertySymbol? isWebSocket, IPropertySymbol? accept)
    {
        Query = query;
        PathString = pathString;
        IsWebSocketRequest = isWebSocket;
        Accept = accept;
    }

    public INamedTypeSymbol Query { get; }

    public INamedTypeSymbol? PathString { get; }

    public IPropertySymbol? IsWebSocketRequest { get; }

    public IPropertySymbol? Accept { get; }

    public static RequestSymbols? Create(INamedTypeSymbol? httpContext)
    {
        if (PropertyType(httpContext, "Request") is not { } request || PropertyType(request, "Query") is not { } query)
        {
            return null;
        }

        var accept = PropertyType(request, "Headers") is { } headers ? WellKnownTypes.Property(headers, "Accept") : null;
        var webSockets = PropertyType(httpContext, "WebSockets");
        return new RequestSymbols(query, PropertyType(request, "Path"), WellKnownTypes.Property(webSockets, "IsWebSocketRequest"), accept);
    }

    public bool IsQuery(IOperation? instance) => WellKnownTypes.Implements(instance?.Type, Query);

    private static INamedTypeSymbol? PropertyType(INamedTypeSymbol? type, string name) => WellKnownTypes.Property(type, name)?.Type as INamedTypeSymbol;
}
