using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TokenValidationAnalyzers.Model;

/// <summary>Calls chained on a value (<c>builder.A().B()</c>), extension methods included, through implicit conversions.</summary>
internal static class CallChain
{
    /// <summary>The object a call is made on: its instance, or an extension method's first argument.</summary>
    public static IOperation? Receiver(IInvocationOperation call)
    {
        var receiver = call.Instance
            ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
        while (receiver is IConversionOperation { IsImplicit: true } conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver;
    }

    /// <summary>The call made on <paramref name="value"/>: <c>value.M()</c>, or an extension method given it as <c>this</c>.</summary>
    public static IInvocationOperation? CallOn(IOperation value)
    {
        var current = value;
        while (current.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            current = conversion;
        }

        var parent = current.Parent is IArgumentOperation argument ? argument.Parent : current.Parent;
        return parent is IInvocationOperation call && ReferenceEquals(Receiver(call), value) ? call : null;
    }
}
