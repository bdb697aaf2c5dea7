// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Rest;

namespace Kandy.Core.Tests.Rest;

[Trait("Category", "Unit")]
public sealed class QueryStringTests
{
    [Fact]
    public void KeysAreSortedAndValuesEncodedLikeTheSdk()
    {
        var query = QueryString.Build([new("token", "a b!'()*~"), new("count", "50"), new("skip", null), new("startIndex", "0")]);
        Assert.Equal("count=50&startIndex=0&token=a%20b%21%27%28%29%2A~", query);
    }

    [Fact]
    public void AppendJoinsWithAmpersandWhenAQueryExists()
    {
        Assert.Equal("/a?x=1&token=t", QueryString.Append("/a?x=1", "token=t"));
        Assert.Equal("/a?token=t", QueryString.Append("/a", "token=t"));
    }

    [Fact]
    public void RedactDropsTheQuery()
    {
        Assert.Equal("wss://h:1/ws/1?…", QueryString.Redact("wss://h:1/ws/1?access_token=secret"));
    }
}
