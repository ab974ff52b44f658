using TokenValidationAnalyzers.Core;

namespace TokenValidationAnalyzers.Tests.Core;

/// <summary>
/// The text tests every <c>(</c> and <c>=</c> of a file goes through (<see cref="NameSet"/>): "no" must be certain,
/// or a rule misses its trigger; "maybe" is checked by the compiler afterwards.
/// </summary>
public class NameSetTests
{
    private static NameSet Names(params string[] names)
    {
        var set = new NameSet();
        foreach (var name in names)
        {
            set.Add(name);
        }

        return set;
    }

    [Theory]
    [InlineData("p.ValidateIssuer =")]
    [InlineData("p.ValidateIssuer=")]
    [InlineData("p.ValidateIssuer  =")]
    [InlineData("p.ValidateIssuer\t=")]
    [InlineData("p.ValidateIssuer\n    =")]
    [InlineData("p.ValidateIssuer /* off */ =")]
    [InlineData("p.Validate<string> =")]
    [InlineData("p.Xy =")]
    [InlineData("p.Vali\u00f0 =")]
    public void MayEndAt_WhereTheNameOrSomethingHidingItIsWritten_SaysMaybe(string text)
        => Assert.True(Names("ValidateIssuer", "Xy").MayEndAt(text, text.Length - 1));

    [Theory]
    [InlineData("p.ValidateAudience =")]
    [InlineData("count +=")]
    [InlineData("values[0] =")]
    [InlineData("Run() =")]
    [InlineData("p.Yx =")]
    [InlineData("p.Xyz =")]
    public void MayEndAt_WhereNoNameEnds_SaysNo(string text)
        => Assert.False(Names("ValidateIssuer", "Xy").MayEndAt(text, text.Length - 1));

    [Theory]
    [InlineData("p.ValidateIssuer", true)]
    [InlineData("ValidateIssuer", true)]
    [InlineData("p.@ValidateIssuer", true)]
    [InlineData("p.NotValidateIssuer", false)]
    [InlineData("p.ValidateIssuer2Issuer", false)]
    [InlineData("p.OtherIssuer", false)]
    public void IsWrittenBefore_ComparesTheWholeIdentifier(string text, bool expected)
        => Assert.Equal(expected, Names("ValidateIssuer").IsWrittenBefore(text, text.Length, afterBackslash: false));

    [Theory]
    [InlineData("p.\\u0056alidateIssuer")]
    [InlineData("p.\\U00000056alidateIssuer")]
    [InlineData("p.Validate\\u0049ssuer")]
    public void IsWrittenBefore_AnEscapeAmongTheLetters_CannotTell(string text)
        => Assert.Null(Names("ValidateIssuer").IsWrittenBefore(text, text.Length, afterBackslash: true));
}
