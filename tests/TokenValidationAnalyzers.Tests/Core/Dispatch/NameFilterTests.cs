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

    [Fact]
    public void Values_ReadFromTheNamesSlot_ThroughGrowth()
    {
        var filter = new NameFilter();
        filter.Set("Where", "check");
        filter.Add("Where");
        var names = Enumerable.Range(0, 200).Select(i => "Find" + i).ToList();
        names.ForEach(name => filter.Set(name, name.Length));

        Assert.True(filter.TryGetValue("Where", out var where));
        Assert.Equal("check", where);
        Assert.All(names, name => Assert.True(filter.TryGetValue(name, out var value) && (int)value! == name.Length, name));
        Assert.False(filter.TryGetValue("Select", out var missing));
        Assert.Null(missing);

        filter.Set("Where", null);
        Assert.True(filter.TryGetValue("Where", out where));
        Assert.Null(where);
    }
}
