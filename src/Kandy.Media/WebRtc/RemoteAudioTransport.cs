// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

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
    /// <summary>Finds the first audio m-line that offers PCMU (static payload type 0, RFC 3551 §6).</summary>
    public static SdpMediaDescription? FindAudio(SdpMessage message) =>
        message.Media.FirstOrDefault(m => m.Media == "audio" && m.Port != 0
            && m.GetCodecs().Any(c => c.PayloadType == 0 && string.Equals(c.Name, "PCMU", StringComparison.OrdinalIgnoreCase) && c.ClockRate == 8000));

    /// <exception cref="FormatException">No usable audio m-line, or ICE credentials or fingerprint missing.</exception>
    public static RemoteAudioTransport From(SdpMessage message)
    {
        var audio = FindAudio(message) ?? throw new FormatException("The remote description has no PCMU audio m-line.");
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
