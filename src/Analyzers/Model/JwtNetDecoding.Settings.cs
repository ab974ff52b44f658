using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TokenValidationAnalyzers.Core.Symbols;

namespace TokenValidationAnalyzers.Model;

internal static partial class JwtNetDecoding
{
    /// <summary>What a builder call sets about verification: <c>MustVerifySignature()</c>, <c>WithValidationParameters(ValidationParameters.None)</c>…; null when nothing.</summary>
    private static Verification? Setting(IInvocationOperation call, WellKnownTypes types)
    {
        switch (call.TargetMethod.Name)
        {
            case "MustVerifySignature":
                return new Verification(true);
            case "DoNotVerifySignature":
                return new Verification(false);
            case "WithVerifySignature" when call.Arguments.Length == 1:
                return new Verification(ProductionCondition.Decide(call.Arguments[0].Value, types));
            case "WithValidationParameters" when call.Arguments.Length == 1:
                return ParametersSetting(call.Arguments[0].Value, types);
            default:
                return null;
        }
    }

    private static Verification? ParametersSetting(IOperation value, WellKnownTypes types)
    {
        var operation = Values.StripConversions(value);
        if (IsParametersPreset(operation, "None", types))
        {
            return new Verification(false);
        }

        if (IsParametersPreset(operation, "Default", types))
        {
            return new Verification(true);
        }

        if (operation is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
        {
            Verification? last = null;
            foreach (var inner in lambda.Body.Descendants())
            {
                if (inner is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ValidateSignature" } target } assignment
                    && SymbolEqualityComparer.Default.Equals(target.Property.ContainingType, types.JwtNet.ValidationParameters)
                    && !EnvironmentGuards.ProductionSkips(assignment, types))
                {
                    last = new Verification(ProductionCondition.Decide(assignment.Value, types));
                }
            }

            return last;
        }

        return new Verification(null);
    }

    /// <summary><c>ValidationParameters.None</c> or <c>ValidationParameters.Default</c>.</summary>
    public static bool IsParametersPreset(IOperation value, string name, WellKnownTypes types)
        => Values.StripConversions(value) is IPropertyReferenceOperation { Property.IsStatic: true } preset
            && preset.Property.Name == name
            && SymbolEqualityComparer.Default.Equals(preset.Property.ContainingType, types.JwtNet.ValidationParameters);

    /// <summary>What a setting makes the builder do: verify, not verify, or (null) what production cannot decide.</summary>
    private readonly struct Verification
    {
        public Verification(bool? verifies) => Verifies = verifies;

        public bool? Verifies { get; }
    }
}
