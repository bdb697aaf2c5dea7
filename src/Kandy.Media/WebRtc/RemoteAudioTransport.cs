// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Codecs;
using Kandy.Media.Dtls;
using Kandy.Media.Ice;
using Kandy.Media.Sdp;

namespace Kandy.Media.WebRtc;

/// <summary>What the transport needs from the remote audio m-line, session-level values filled in (RFC 8829 §5.8).</summary>
internal sealed record RemoteAudioTransport(
    SdpMediaDescription Media,
    string IceUsernameFragment,
    string IcePassword,
    DtlsFingerprint Fingerprint,
    SdpSetupRole? Setup,
    IReadOnlyList<IceCandidate> Candidates,
    SdpDirection Direction)
{
    /// <summary>Finds the first audio m-line that offers a codec we have.</summary>
    public static SdpMediaDescription? FindAudio(SdpMessage message, AudioCodecRegistry registry) =>
        message.Media.FirstOrDefault(m => m.Media == "audio" && m.Port != 0 && NegotiatedAudio.From(registry, m) is not null);

    /// <exception cref="FormatException">No usable audio m-line, or ICE credentials or fingerprint missing.</exception>
    public static RemoteAudioTransport From(SdpMessage message, AudioCodecRegistry registry)
    {
        var audio = FindAudio(message, registry) ?? throw new FormatException("The remote description has no audio m-line with a codec we support.");
        var ufrag = message.GetIceUfrag(audio);
        var pwd = message.GetIcePwd(audio);
        var fingerprint = message.GetFingerprint(audio);
        if (ufrag is null || pwd is null || fingerprint is null)
        {
            throw new FormatException("The remote audio m-line lacks ice-ufrag, ice-pwd or a fingerprint.");
        }

        var setup = audio.Setup ?? (SdpSetupRoles.TryParse(message.Attributes.GetValue("setup"), out var role) ? role : null);
        var candidates = audio.Candidates.Where(c => c.Component == 1).ToArray();
        return new RemoteAudioTransport(audio, ufrag, pwd, fingerprint, setup, candidates, audio.Direction ?? SdpDirection.SendReceive);
    }
}
