// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Sdp;

/// <summary>Text form of <see cref="SdpDirection"/> and the offer/answer rule for it.</summary>
public static class SdpDirections
{
    /// <summary>Gets the attribute name of a direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns><c>sendrecv</c>, <c>sendonly</c>, <c>recvonly</c> or <c>inactive</c>.</returns>
    public static string ToText(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.ReceiveOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    /// <summary>Parses a direction attribute name.</summary>
    /// <param name="text">The name.</param>
    /// <param name="direction">The direction when known.</param>
    /// <returns>True for the four direction names.</returns>
    public static bool TryParse(string? text, out SdpDirection direction)
    {
        (var known, direction) = text switch
        {
            "sendrecv" => (true, SdpDirection.SendReceive),
            "sendonly" => (true, SdpDirection.SendOnly),
            "recvonly" => (true, SdpDirection.ReceiveOnly),
            "inactive" => (true, SdpDirection.Inactive),
            _ => (false, SdpDirection.SendReceive),
        };
        return known;
    }

    /// <summary>Chooses the answer's direction from the offered one and what this side wants (RFC 3264 §6.1, RFC 8829 §5.3.1).</summary>
    /// <param name="offered">The direction in the offer.</param>
    /// <param name="local">What this side would like: send, receive, both or neither.</param>
    /// <returns>The direction to write in the answer.</returns>
    public static SdpDirection Answer(SdpDirection offered, SdpDirection local)
    {
        var send = CanSend(local) && CanReceive(offered);
        var receive = CanReceive(local) && CanSend(offered);
        return (send, receive) switch
        {
            (true, true) => SdpDirection.SendReceive,
            (true, false) => SdpDirection.SendOnly,
            (false, true) => SdpDirection.ReceiveOnly,
            _ => SdpDirection.Inactive,
        };
    }

    /// <summary>Tells whether a direction includes sending.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>True for send-receive and send-only.</returns>
    public static bool CanSend(SdpDirection direction) => direction is SdpDirection.SendReceive or SdpDirection.SendOnly;

    /// <summary>Tells whether a direction includes receiving.</summary>
    /// <param name="direction">The direction.</param>
    /// <returns>True for send-receive and receive-only.</returns>
    public static bool CanReceive(SdpDirection direction) => direction is SdpDirection.SendReceive or SdpDirection.ReceiveOnly;
}
