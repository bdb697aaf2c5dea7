// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Tests;

[Trait("Category", "Unit")]
public sealed class KandyErrorCodesTests
{
    [Theory]
    [InlineData(KandyErrorCode.None, "NO_CODE")]
    [InlineData(KandyErrorCode.InvalidCredentials, "authentication:1")]
    [InlineData(KandyErrorCode.LinkSubscribeFail, "authentication:4")]
    [InlineData(KandyErrorCode.LinkSubscribeUnavailable, "authentication:13")]
    [InlineData(KandyErrorCode.WebSocketConnectionError, "subscription:1")]
    [InlineData(KandyErrorCode.WebSocketMessageError, "connectivity:1")]
    [InlineData(KandyErrorCode.CallSessionMismatch, "call:11")]
    public void CodesRoundTripWithTheSdkText(KandyErrorCode code, string text)
    {
        Assert.Equal(text, code.ToSdkCode());
        Assert.Equal(code, KandyErrorCodes.FromSdkCode(text));
    }

    [Fact]
    public void EveryCodeHasADistinctText()
    {
        var texts = Enum.GetValues<KandyErrorCode>().Select(c => c.ToSdkCode()).ToList();
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
    }
}
