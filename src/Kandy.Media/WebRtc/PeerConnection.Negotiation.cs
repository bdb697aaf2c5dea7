// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Dtls;
using Kandy.Media.Ice;

namespace Kandy.Media.WebRtc;

/// <summary>Offer/answer (RFC 8829 §5): complete descriptions after gathering, setup roles of RFC 5763 §5.</summary>
public sealed partial class PeerConnection
{
    private const string AudioMid = "0";
    private int descriptionVersion;
    private string? answerSetup;
    private RemoteSessionDescription? pendingOffer;

    /// <summary>Creates an offer with every local candidate (gathering completes first; Kandy Link does not trickle).</summary>
    /// <param name="cancellationToken">Cancels gathering.</param>
    /// <returns>The offer.</returns>
    public async Task<SessionDescription> CreateOfferAsync(CancellationToken cancellationToken = default)
    {
        var transceiver = FirstTransceiver() ?? AddTransceiver(null, RtpTransceiverDirection.ReceiveOnly);
        var iceAgent = await EnsureAgentAsync(IceRole.Controlling, cancellationToken).ConfigureAwait(false);
        transceiver.Mid ??= AudioMid;

        // RFC 5763 §5: the offerer says actpass and lets the answerer choose.
        return new SessionDescription(SdpType.Offer, Describe(iceAgent, transceiver, transceiver.Direction, "actpass", null));
    }

    /// <summary>Creates the answer to the remote offer, accepting its first audio m-line if it offers PCMU.</summary>
    /// <param name="cancellationToken">Cancels gathering.</param>
    /// <returns>The answer.</returns>
    public async Task<SessionDescription> CreateAnswerAsync(CancellationToken cancellationToken = default)
    {
        var offer = pendingOffer ?? throw new InvalidOperationException("Set a remote offer first.");
        var iceAgent = await EnsureAgentAsync(IceRole.Controlled, cancellationToken).ConfigureAwait(false);
        var transceiver = FirstTransceiver()!;
        var offered = AudioSection(offer) ?? throw new InvalidOperationException("The offer has no PCMU audio m-line.");

        // Passive makes us the DTLS server, so our profile preference decides (RFC 5764 §4.1.1).
        answerSetup = offered.Setup == "passive" ? "active" : "passive";
        var direction = Intersect(transceiver.Direction, offered.Direction);
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
            var transceiver = FirstTransceiver()!;
            transceiver.CurrentDirection = ParseOwnDirection(description.Sdp);
            var offered = AudioSection(pendingOffer!)!;
            StartDtls(answerSetup == "passive" ? DtlsRole.Server : DtlsRole.Client, offered);
        }

        return Task.CompletedTask;
    }

    /// <summary>Applies the peer's offer or answer: ICE credentials and candidates; an answer starts DTLS.</summary>
    /// <param name="description">The remote description.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the W3C API.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="FormatException">The SDP is malformed or lacks ICE credentials or a fingerprint.</exception>
    public Task SetRemoteDescriptionAsync(SessionDescription description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(description);
        ObjectDisposedException.ThrowIf(closed, this);
        remoteDescriptionSetAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var remote = RemoteSessionDescription.Parse(description.Sdp);
        var audio = AudioSection(remote) ?? throw new FormatException("The remote description has no PCMU audio m-line.");
        if (audio.IceUsernameFragment is null || audio.IcePassword is null || RemoteSessionDescription.ParseFingerprints(audio).Count == 0)
        {
            throw new FormatException("The remote audio m-line lacks ice-ufrag, ice-pwd or a fingerprint.");
        }

        RemoteDescription = description;
        remoteIceLite = remote.IceLite;
        if (description.Type == SdpType.Offer)
        {
            pendingOffer = remote;
            var transceiver = FirstTransceiver() ?? AddTransceiver(null, RtpTransceiverDirection.ReceiveOnly);
            transceiver.Mid = audio.Mid ?? AudioMid;
            remoteAudio = audio;
            ApplyRemoteTransport(audio);
        }
        else
        {
            var transceiver = FirstTransceiver()!;
            transceiver.CurrentDirection = Reverse(audio.Direction);
            remoteAudio = audio;
            ApplyRemoteTransport(audio);

            // RFC 5763 §5: "active" in the answer makes the answerer the DTLS client, so we are the server.
            StartDtls(audio.Setup == "passive" ? DtlsRole.Client : DtlsRole.Server, audio);
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

    private static RemoteMediaDescription? AudioSection(RemoteSessionDescription description) =>
        description.Media.FirstOrDefault(m => m.Kind == "audio" && m.Port != 0 && m.OffersPcmu);

    private string Describe(IceAgent iceAgent, RtpTransceiver transceiver, RtpTransceiverDirection direction, string setup, RemoteSessionDescription? offer)
    {
        var mid = transceiver.Mid ?? AudioMid;
        var writer = new LocalDescriptionWriter(sessionId, ++descriptionVersion, [mid]);
        var audio = new AudioSection(
            mid,
            direction,
            LocalCandidates(iceAgent),
            iceAgent.LocalUsernameFragment,
            iceAgent.LocalPassword,
            LocalFingerprint.ToString(),
            setup,
            transceiver.LocalSsrc,
            canonicalName,
            transceiver.StreamId,
            transceiver.SendTrack?.Id ?? transceiver.ReceiveTrack.Id);
        if (offer is null)
        {
            writer.Audio(audio);
            return writer.ToString();
        }

        var accepted = AudioSection(offer);
        foreach (var media in offer.Media)
        {
            if (ReferenceEquals(media, accepted))
            {
                writer.Audio(audio);
            }
            else
            {
                writer.Rejected(media);
            }
        }

        return writer.ToString();
    }

    private IReadOnlyList<IceCandidate> LocalCandidates(IceAgent iceAgent) =>
        options.IceTransportPolicy == IceTransportPolicy.Relay
            ? iceAgent.LocalCandidates.Where(c => c.Type == IceCandidateType.Relayed).ToArray()
            : iceAgent.LocalCandidates;

    private static RtpTransceiverDirection Intersect(RtpTransceiverDirection ours, RtpTransceiverDirection offered)
    {
        var send = ours is RtpTransceiverDirection.SendReceive or RtpTransceiverDirection.SendOnly
            && offered is RtpTransceiverDirection.SendReceive or RtpTransceiverDirection.ReceiveOnly;
        var receive = ours is RtpTransceiverDirection.SendReceive or RtpTransceiverDirection.ReceiveOnly
            && offered is RtpTransceiverDirection.SendReceive or RtpTransceiverDirection.SendOnly;
        return (send, receive) switch
        {
            (true, true) => RtpTransceiverDirection.SendReceive,
            (true, false) => RtpTransceiverDirection.SendOnly,
            (false, true) => RtpTransceiverDirection.ReceiveOnly,
            _ => RtpTransceiverDirection.Inactive,
        };
    }

    private static RtpTransceiverDirection Reverse(RtpTransceiverDirection remote) => remote switch
    {
        RtpTransceiverDirection.SendOnly => RtpTransceiverDirection.ReceiveOnly,
        RtpTransceiverDirection.ReceiveOnly => RtpTransceiverDirection.SendOnly,
        _ => remote,
    };

    private static RtpTransceiverDirection ParseOwnDirection(string sdp) =>
        AudioSection(RemoteSessionDescription.Parse(sdp))?.Direction ?? RtpTransceiverDirection.Inactive;
}
