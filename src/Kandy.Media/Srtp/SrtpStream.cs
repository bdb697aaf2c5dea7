// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>Per-SSRC cryptographic state: rollover counter, replay window, SRTCP send index.</summary>
internal sealed class SrtpStream
{
    /// <summary>The largest SRTCP index (31 bits).</summary>
    internal const uint MaxRtcpIndex = 0x7FFF_FFFF;

    /// <summary>The largest SRTP packet index (48 bits).</summary>
    internal const ulong MaxRtpIndex = 0xFFFF_FFFF_FFFF;

    private SrtpReplayWindow rtpWindow;
    private SrtpReplayWindow rtcpWindow;
    private bool rtpStarted;

    /// <summary>Gets the rollover counter belonging to the highest index seen.</summary>
    internal uint RolloverCounter => (uint)(rtpWindow.Highest >> 16);

    /// <summary>Gets the next SRTCP index this endpoint sends.</summary>
    internal uint NextRtcpIndex { get; private set; }

    /// <summary>Estimates the 48-bit packet index of a sequence number against the highest seen.</summary>
    /// <remarks>RFC 3711 §3.3.1 and Appendix A: pick the rollover counter that lands closest to the highest index.</remarks>
    internal static ulong EstimateIndex(SrtpStream? stream, ushort sequence)
    {
        if (stream is null || !stream.rtpStarted)
        {
            return sequence;
        }

        var highest = stream.rtpWindow.Highest;
        var roc = (long)(highest >> 16);
        var last = (int)(highest & 0xFFFF);
        long guess;
        if (last < 0x8000)
        {
            guess = sequence - last > 0x8000 ? roc - 1 : roc;
        }
        else
        {
            guess = last - 0x8000 > sequence ? roc + 1 : roc;
        }

        // Before the first rollover a far-behind sequence number is simply old, not from ROC -1.
        return guess < 0 ? sequence : ((ulong)guess << 16) | sequence;
    }

    /// <summary>Tells whether an RTP index must be refused as a replay.</summary>
    internal bool IsRtpReplay(ulong index) => rtpStarted && rtpWindow.IsReplay(index);

    /// <summary>Records an RTP index that was sent or authenticated.</summary>
    internal void AcceptRtp(ulong index)
    {
        rtpStarted = true;
        rtpWindow.Accept(index);
    }

    /// <summary>Tells whether an SRTCP index must be refused as a replay.</summary>
    internal bool IsRtcpReplay(uint index) => rtcpWindow.IsReplay(index);

    /// <summary>Records an authenticated SRTCP index.</summary>
    internal void AcceptRtcp(uint index) => rtcpWindow.Accept(index);

    /// <summary>Takes the next SRTCP index to send, or returns false once the 31-bit space is spent.</summary>
    internal bool TryTakeRtcpIndex(out uint index)
    {
        index = NextRtcpIndex;
        if (index > MaxRtcpIndex)
        {
            return false;
        }

        NextRtcpIndex++;
        return true;
    }
}
