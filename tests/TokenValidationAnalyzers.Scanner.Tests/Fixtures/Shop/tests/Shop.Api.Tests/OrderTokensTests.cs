using Microsoft.IdentityModel.Tokens;
using Shop.Core;
using Xunit;

namespace Shop.Api.Tests;

public sealed class OrderTokensTests
{
    [Fact]
    public void Describe_NamesTheIssuer()
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = "https://test.shop.example",
            ValidAudience = "tests",
            ValidateIssuer = false,
        };

        Assert.Equal("https://test.shop.example", OrderTokens.Describe(parameters));
    }
}
