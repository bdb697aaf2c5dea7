// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtmf;

namespace Kandy.Media.WebRtc;

/// <summary>DTMF both ways (W3C <c>RTCDTMFSender</c> in .NET style, plus received digits).</summary>
public sealed partial class PeerConnection
{
    /// <summary>Raised for each DTMF digit the peer sent: RFC 4733 events when <c>telephone-event</c> was negotiated,
    /// otherwise tones found in the decoded audio by the in-band detector.</summary>
    /// <remarks>Raised on the media timer; handlers must not block.</remarks>
    public event EventHandler<DtmfDigitEventArgs>? DtmfReceived;

    /// <summary>Queues DTMF digits on the audio being sent: RFC 4733 events when <c>telephone-event</c> was negotiated,
    /// in-band tones otherwise.</summary>
    /// <param name="tones">Digits 0–9, *, #, A–D; a comma is a 2 s pause.</param>
    /// <param name="options">Duration, inter-tone gap and volume; the defaults of <see cref="DtmfToneOptions"/> when omitted.</param>
    /// <exception cref="InvalidOperationException">Media is not flowing yet, or this side sends no audio track.</exception>
    /// <exception cref="ArgumentException"><paramref name="tones"/> holds a character that is not a DTMF digit.</exception>
    public void InsertDtmf(string tones, DtmfToneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tones);
        AudioMediaSession? session;
        lock (gate)
        {
            session = media;
        }

        if (session is null || !session.InsertDtmf(tones, options))
        {
            throw new InvalidOperationException("DTMF needs connected media and a local audio track.");
        }
    }
}
