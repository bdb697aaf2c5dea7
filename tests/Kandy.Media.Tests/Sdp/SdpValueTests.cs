// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Sdp;

namespace Kandy.Media.Tests.Sdp;

[Trait("Category", "unit")]
public sealed class SdpValueTests
{
    [Theory]
    [InlineData("111 opus/48000/2", 111, "opus", 48000, 2)]
    [InlineData("0 PCMU/8000", 0, "PCMU", 8000, null)]
    public void RtpMapParsesAndFormatsBack(string text, int payloadType, string name, int clockRate, int? channels)
    {
        Assert.True(SdpRtpMap.TryParse(text, out var map));
        Assert.Equal(new SdpRtpMap(payloadType, name, clockRate, channels), map);
        Assert.Equal(text, map.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("opus/48000")]
    [InlineData("128 opus/48000")]
    [InlineData("111 opus")]
    [InlineData("111 opus/x")]
    [InlineData("111 /48000")]
    [InlineData("111 opus/48000/2/1")]
    [InlineData("-1 opus/48000")]
    public void MalformedRtpMapIsRefused(string? text) => Assert.False(SdpRtpMap.TryParse(text, out _));

    [Theory]
    [InlineData("1 urn:ietf:params:rtp-hdrext:ssrc-audio-level", 1, null, null)]
    [InlineData("3/sendonly urn:x attr1 attr2", 3, SdpDirection.SendOnly, "attr1 attr2")]
    [InlineData("255 urn:x", 255, null, null)]
    public void ExtMapParsesAndFormatsBack(string text, int id, SdpDirection? direction, string? attributes)
    {
        Assert.True(SdpExtMap.TryParse(text, out var extMap));
        Assert.Equal((id, direction, attributes), (extMap.Id, extMap.Direction, extMap.Attributes));
        Assert.Equal(text, extMap.ToString());
    }

    [Theory]
    [InlineData("0 urn:x")]
    [InlineData("256 urn:x")]
    [InlineData("1/sideways urn:x")]
    [InlineData("1")]
    [InlineData("x urn:x")]
    public void MalformedExtMapIsRefused(string text) => Assert.False(SdpExtMap.TryParse(text, out _));

    [Theory]
    [InlineData("* nack", null, "nack", null)]
    [InlineData("96 ccm fir", 96, "ccm", "fir")]
    public void RtcpFeedbackParsesAndFormatsBack(string text, int? payloadType, string type, string? parameter)
    {
        Assert.True(SdpRtcpFeedback.TryParse(text, out var feedback));
        Assert.Equal(new SdpRtcpFeedback(payloadType, type, parameter), feedback);
        Assert.Equal(text, feedback.ToString());
    }

    [Theory]
    [InlineData("x nack")]
    [InlineData("96")]
    [InlineData("96 ")]
    public void MalformedRtcpFeedbackIsRefused(string text) => Assert.False(SdpRtcpFeedback.TryParse(text, out _));

    [Fact]
    public void OtherValuesRefuseMalformedText()
    {
        Assert.False(SdpSsrc.TryParse("x cname:a", out _));
        Assert.False(SdpSsrc.TryParse("1 ", out _));
        Assert.False(SdpFormatParameters.TryParse("111", out _));
        Assert.False(SdpMsid.TryParse("a b c", out _));
        Assert.False(SdpOrigin.TryParse("- 1 1 IN IP4", out _));
        Assert.False(SdpBandwidth.TryParse("AS:x", out _));
        Assert.False(SdpTiming.TryParse("0", out _));
        Assert.False(SdpGroup.TryParse("", out _));
        Assert.False(SdpSetupRoles.TryParse("both", out _));
        Assert.False(SdpDirections.TryParse("sendrcv", out _));
    }

    [Fact]
    public void FormatParametersReadAsKeyValuePairs()
    {
        Assert.True(SdpFormatParameters.TryParse("111 minptime=10; useinbandfec=1;stereo", out var fmtp));

        var pairs = fmtp.ToDictionary();

        Assert.Equal("10", pairs["minptime"]);
        Assert.Equal("1", pairs["USEINBANDFEC"]);
        Assert.Equal(string.Empty, pairs["stereo"]);
    }

    [Theory]
    [InlineData(SdpSetupRole.ActPass, false, SdpSetupRole.Active)]
    [InlineData(SdpSetupRole.ActPass, true, SdpSetupRole.Passive)]
    [InlineData(SdpSetupRole.Active, false, SdpSetupRole.Passive)]
    [InlineData(SdpSetupRole.Passive, true, SdpSetupRole.Active)]
    [InlineData(SdpSetupRole.HoldConnection, false, SdpSetupRole.HoldConnection)]
    public void AnswerSetupRoleIsTheOppositeOfAFixedOffer(SdpSetupRole offered, bool preferPassive, SdpSetupRole expected) =>
        Assert.Equal(expected, SdpSetupRoles.Answer(offered, preferPassive));
}
