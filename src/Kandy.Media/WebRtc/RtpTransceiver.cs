// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.WebRtc;

/// <summary>One audio m-line: a local track to send and a remote track that receives (W3C <c>RTCRtpTransceiver</c>).</summary>
public sealed class RtpTransceiver
{
    internal RtpTransceiver(AudioTrack? sendTrack, RtpTransceiverDirection direction, uint localSsrc)
    {
        SendTrack = sendTrack;
        Direction = direction;
        LocalSsrc = localSsrc;
        ReceiveTrack = AudioTrack.CreateRemote(Guid.NewGuid().ToString());
    }

    /// <summary>Gets the media id once negotiated (<c>a=mid</c>).</summary>
    public string? Mid { get; internal set; }

    /// <summary>Gets the media kind, always <c>audio</c>.</summary>
    public string Kind { get; } = "audio";

    /// <summary>Gets or sets the preferred direction; applies at the next negotiation.</summary>
    public RtpTransceiverDirection Direction { get; set; }

    /// <summary>Gets the direction agreed by the last offer/answer, or <see langword="null"/> before.</summary>
    public RtpTransceiverDirection? CurrentDirection { get; internal set; }

    /// <summary>Gets the local track sent on this transceiver, if any.</summary>
    public AudioTrack? SendTrack { get; }

    /// <summary>Gets the track that delivers received audio; set its <see cref="AudioTrack.Sink"/> to hear it.</summary>
    public AudioTrack ReceiveTrack { get; }

    /// <summary>Gets the SSRC of the stream this transceiver sends.</summary>
    public uint LocalSsrc { get; }

    /// <summary>Gets the stream id used in <c>a=msid</c>.</summary>
    internal string StreamId { get; } = Guid.NewGuid().ToString();

    internal bool Sends => CurrentDirection is RtpTransceiverDirection.SendReceive or RtpTransceiverDirection.SendOnly;

    internal bool Receives => CurrentDirection is RtpTransceiverDirection.SendReceive or RtpTransceiverDirection.ReceiveOnly;
}
