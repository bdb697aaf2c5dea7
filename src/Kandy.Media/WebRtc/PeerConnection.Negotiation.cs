// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtls;
using Kandy.Media.Ice;
using Kandy.Media.Sdp;

namespace Kandy.Media.WebRtc;

/// <summary>Offer/answer (RFC 8829 §5): complete descriptions after gathering, setup roles of RFC 5763 §5.</summary>
public sealed partial class PeerConnection
{
    private const string AudioMid = "0";
    private int descriptionVersion;
    private SdpSetupRole answerSetup;
    private SdpMessage? pendingOffer;
    private NegotiatedAudio? negotiated;

    /// <summary>Creates an offer with every local candidate (gathering completes first; Kandy Link does not trickle).</summary>
    /// <param name="cancellationToken">Cancels gathering.</param>
    /// <returns>The offer.</returns>
    public async Task<SessionDescription> CreateOfferAsync(CancellationToken cancellationToken = default)
    {
        var transceiver = FirstTransceiver() ?? AddTransceiver(null, RtpTransceiverDirection.ReceiveOnly);
        var iceAgent = await EnsureAgentAsync(IceRole.Controlling, cancellationToken).ConfigureAwait(false);
        transceiver.Mid ??= AudioMid;

        // RFC 5763 §5: the offerer says actpass and lets the answerer choose.
        return new SessionDescription(SdpType.Offer, Describe(iceAgent, transceiver, ToSdp(transceiver.Direction), SdpSetupRole.ActPass, null));
    }

    /// <summary>Creates the answer to the remote offer, accepting its first audio m-line with a codec of <see cref="PeerConnectionOptions.AudioCodecs"/>.</summary>
    /// <param name="cancellationToken">Cancels gathering.</param>
    /// <returns>The answer.</returns>
    public async Task<SessionDescription> CreateAnswerAsync(CancellationToken cancellationToken = default)
    {
        var offer = pendingOffer ?? throw new InvalidOperationException("Set a remote offer first.");
        var iceAgent = await EnsureAgentAsync(IceRole.Controlled, cancellationToken).ConfigureAwait(false);
        var transceiver = FirstTransceiver()!;

        // Passive makes us the DTLS server, so our profile preference decides (RFC 5764 §4.1.1).
        answerSetup = remoteAudio!.Setup == SdpSetupRole.Passive ? SdpSetupRole.Active : SdpSetupRole.Passive;
        var direction = SdpDirections.Answer(remoteAudio.Direction, ToSdp(transceiver.Direction));
        return new SessionDescription(SdpType.Answer, Describe(iceAgent, transceiver, direction, answerSetup, offer));
    }

    /// <summary>Applies our own offer or answer; an answer starts DTLS.</summary>
    /// <param name="description">What <see cref="CreateOfferAsync"/> or <see cref="CreateAnswerAsync"/> returned.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the W3C API.</param>
    /// <returns>A completed task.</returns>
    public Task SetLocalDescriptionAsync(SessionDescription description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(description);
        ObjectDisposedException.ThrowIf(closed, this);
        LocalDescription = description;
        if (description.Type == SdpType.Answer)
        {
            var own = RemoteAudioTransport.FindAudio(SdpMessage.Parse(description.Sdp), options.AudioCodecs);
            FirstTransceiver()!.CurrentDirection = FromSdp(own?.Direction ?? SdpDirection.Inactive);
            StartDtls(answerSetup == SdpSetupRole.Passive ? DtlsRole.Server : DtlsRole.Client, remoteAudio!);
        }

        return Task.CompletedTask;
    }

    /// <summary>Applies the peer's offer or answer: ICE credentials and candidates; an answer starts DTLS.</summary>
    /// <param name="description">The remote description.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the W3C API.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="FormatException">The SDP is malformed or lacks an audio m-line with a codec we support, ICE credentials or a fingerprint.</exception>
    public Task SetRemoteDescriptionAsync(SessionDescription description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(description);
        ObjectDisposedException.ThrowIf(closed, this);
        remoteDescriptionSetAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var message = SdpMessage.Parse(description.Sdp);
        var audio = RemoteAudioTransport.From(message, options.AudioCodecs);
        negotiated = NegotiatedAudio.From(options.AudioCodecs, audio.Media);

        RemoteDescription = description;
        remoteIceLite = message.IceLite;
        remoteAudio = audio;
        if (description.Type == SdpType.Offer)
        {
            pendingOffer = message;
            var transceiver = FirstTransceiver() ?? AddTransceiver(null, RtpTransceiverDirection.ReceiveOnly);
            transceiver.Mid = audio.Media.Mid ?? AudioMid;
            ApplyRemoteTransport(audio);
        }
        else
        {
            // The answer states its own direction; ours is the mirror of it.
            FirstTransceiver()!.CurrentDirection = FromSdp(Mirror(audio.Direction));
            ApplyRemoteTransport(audio);

            // RFC 5763 §5: "active" in the answer makes the answerer the DTLS client, so we are the server.
            StartDtls(audio.Setup == SdpSetupRole.Passive ? DtlsRole.Client : DtlsRole.Server, audio);
        }

        return Task.CompletedTask;
    }

    private RtpTransceiver? FirstTransceiver()
    {
        lock (gate)
        {
            return transceivers.Count > 0 ? transceivers[0] : null;
        }
    }

    private string Describe(IceAgent iceAgent, RtpTransceiver transceiver, SdpDirection direction, SdpSetupRole setup, SdpMessage? offer)
    {
        var section = new AudioSection(
            transceiver.Mid ?? AudioMid,
            direction,
            LocalCandidates(iceAgent),
            iceAgent.LocalUsernameFragment,
            iceAgent.LocalPassword,
            LocalFingerprint,
            setup,
            transceiver.LocalSsrc,
            canonicalName,
            transceiver.StreamId,
            transceiver.SendTrack?.Id ?? transceiver.ReceiveTrack.Id,
            offer is null ? options.AudioCodecs.GetOfferedFormats() : AnsweredFormats(negotiated!));
        return LocalDescriptionBuilder.Build(sessionId, ++descriptionVersion, section, offer, remoteAudio?.Media).ToString();
    }

    private static IReadOnlyList<Codecs.AudioCodecInfo> AnsweredFormats(NegotiatedAudio agreed) =>
        agreed.TelephoneEvent is { } events ? [agreed.Codec, events] : [agreed.Codec];

    private IReadOnlyList<IceCandidate> LocalCandidates(IceAgent iceAgent) =>
        options.IceTransportPolicy == IceTransportPolicy.Relay
            ? iceAgent.LocalCandidates.Where(c => c.Type == IceCandidateType.Relayed).ToArray()
            : iceAgent.LocalCandidates;

    private static SdpDirection Mirror(SdpDirection remote) => remote switch
    {
        SdpDirection.SendOnly => SdpDirection.ReceiveOnly,
        SdpDirection.ReceiveOnly => SdpDirection.SendOnly,
        _ => remote,
    };

    private static SdpDirection ToSdp(RtpTransceiverDirection direction) => direction switch
    {
        RtpTransceiverDirection.SendOnly => SdpDirection.SendOnly,
        RtpTransceiverDirection.ReceiveOnly => SdpDirection.ReceiveOnly,
        RtpTransceiverDirection.Inactive => SdpDirection.Inactive,
        _ => SdpDirection.SendReceive,
    };

    private static RtpTransceiverDirection FromSdp(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => RtpTransceiverDirection.SendOnly,
        SdpDirection.ReceiveOnly => RtpTransceiverDirection.ReceiveOnly,
        SdpDirection.Inactive => RtpTransceiverDirection.Inactive,
        _ => RtpTransceiverDirection.SendReceive,
    };
}
