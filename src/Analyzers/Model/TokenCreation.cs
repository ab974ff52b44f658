using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

/// <summary>What rules about issued tokens read from a creation: an argument by parameter, the handler call that issues a descriptor.</summary>
internal static class TokenCreation
{
    /// <summary>The argument for <paramref name="parameter"/>, written or filled in with the parameter's default.</summary>
    public static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string parameter)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The handler call a descriptor is given to: <c>CreateToken</c>, <c>CreateJwtSecurityToken</c>, <c>CreateEncodedJwt</c>.</summary>
    public static IInvocationOperation? HandlerCreateCall(ObjectConfiguration descriptor, WellKnownTypes types)
    {
        foreach (var call in descriptor.Calls)
        {
            if (call.TargetMethod.Name is "CreateToken" or "CreateJwtSecurityToken" or "CreateEncodedJwt" && types.IsTokenHandlerMethod(call.TargetMethod))
            {
                return call;
            }
        }

        return null;
    }
}
