using TokenValidationAnalyzers.Core.Dispatch;

namespace TokenValidationAnalyzers.Tests.Core.Dispatch;

/// <summary>The dispatch's first filter: every registered name is found, and no other, however alike.</summary>
public class NameFilterTests
{
    [Fact]
    public void ManyNames_AllFound_OthersRejected()
    {
        var filter = new NameFilter();
        var names = Enumerable.Range(0, 200).Select(i => "Validate" + i).ToList();
        names.ForEach(filter.Add);

        Assert.All(names, name => Assert.True(filter.Contains(name), name));
        Assert.All(Enumerable.Range(200, 200).Select(i => "Validate" + i), name => Assert.False(filter.Contains(name), name));
    }

    [Theory]
    [InlineData("ValidateIssuer", "ValidateIssuer", true)]
    [InlineData("ValidateIssuer", "VXXXXXXXXXXXXr", false)] // same length, first and last character: the same slot
    [InlineData("ValidateIssuer", "validateIssuer", false)]
    [InlineData("ValidateIssuer", "ValidateIssuers", false)]
    [InlineData("ValidateIssuer", "", false)]
    [InlineData("this[]", "this[]", true)]
    public void Contains_IsOrdinalEquality(string added, string asked, bool expected)
    {
        var filter = new NameFilter();
        filter.Add(added);
        filter.Add(added);

        Assert.Equal(expected, filter.Contains(asked));
    }
}
