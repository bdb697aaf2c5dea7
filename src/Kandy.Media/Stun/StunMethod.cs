// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Stun;

/// <summary>STUN methods used by ICE and TURN (RFC 8489 §18.2, RFC 8656 §17).</summary>
public enum StunMethod : ushort
{
    /// <summary>Binding: address discovery, ICE connectivity checks and consent.</summary>
    Binding = 0x001,

    /// <summary>TURN Allocate.</summary>
    Allocate = 0x003,

    /// <summary>TURN Refresh.</summary>
    Refresh = 0x004,

    /// <summary>TURN Send (indication).</summary>
    Send = 0x006,

    /// <summary>TURN Data (indication).</summary>
    Data = 0x007,

    /// <summary>TURN CreatePermission.</summary>
    CreatePermission = 0x008,

    /// <summary>TURN ChannelBind.</summary>
    ChannelBind = 0x009,
}
