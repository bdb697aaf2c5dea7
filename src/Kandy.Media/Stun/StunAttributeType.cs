// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Stun;

/// <summary>
/// STUN attribute types this stack reads or writes (RFC 8489 §18.3, RFC 8445 §16.1, RFC 8656 §18).
/// Values below 0x8000 are comprehension-required.
/// </summary>
public enum StunAttributeType : ushort
{
    /// <summary>MAPPED-ADDRESS (legacy servers).</summary>
    MappedAddress = 0x0001,

    /// <summary>USERNAME.</summary>
    Username = 0x0006,

    /// <summary>MESSAGE-INTEGRITY (HMAC-SHA1).</summary>
    MessageIntegrity = 0x0008,

    /// <summary>ERROR-CODE.</summary>
    ErrorCode = 0x0009,

    /// <summary>UNKNOWN-ATTRIBUTES.</summary>
    UnknownAttributes = 0x000A,

    /// <summary>CHANNEL-NUMBER (TURN).</summary>
    ChannelNumber = 0x000C,

    /// <summary>LIFETIME (TURN), seconds.</summary>
    Lifetime = 0x000D,

    /// <summary>XOR-PEER-ADDRESS (TURN).</summary>
    XorPeerAddress = 0x0012,

    /// <summary>DATA (TURN).</summary>
    Data = 0x0013,

    /// <summary>REALM (long-term credentials).</summary>
    Realm = 0x0014,

    /// <summary>NONCE (long-term credentials).</summary>
    Nonce = 0x0015,

    /// <summary>XOR-RELAYED-ADDRESS (TURN).</summary>
    XorRelayedAddress = 0x0016,

    /// <summary>REQUESTED-ADDRESS-FAMILY (TURN).</summary>
    RequestedAddressFamily = 0x0017,

    /// <summary>EVEN-PORT (TURN).</summary>
    EvenPort = 0x0018,

    /// <summary>REQUESTED-TRANSPORT (TURN).</summary>
    RequestedTransport = 0x0019,

    /// <summary>DONT-FRAGMENT (TURN).</summary>
    DontFragment = 0x001A,

    /// <summary>MESSAGE-INTEGRITY-SHA256.</summary>
    MessageIntegritySha256 = 0x001C,

    /// <summary>PASSWORD-ALGORITHM.</summary>
    PasswordAlgorithm = 0x001D,

    /// <summary>USERHASH.</summary>
    UserHash = 0x001E,

    /// <summary>XOR-MAPPED-ADDRESS.</summary>
    XorMappedAddress = 0x0020,

    /// <summary>RESERVATION-TOKEN (TURN).</summary>
    ReservationToken = 0x0022,

    /// <summary>PRIORITY (ICE).</summary>
    Priority = 0x0024,

    /// <summary>USE-CANDIDATE (ICE).</summary>
    UseCandidate = 0x0025,

    /// <summary>PASSWORD-ALGORITHMS.</summary>
    PasswordAlgorithms = 0x8002,

    /// <summary>ALTERNATE-DOMAIN.</summary>
    AlternateDomain = 0x8003,

    /// <summary>SOFTWARE.</summary>
    Software = 0x8022,

    /// <summary>ALTERNATE-SERVER.</summary>
    AlternateServer = 0x8023,

    /// <summary>FINGERPRINT (CRC-32).</summary>
    Fingerprint = 0x8028,

    /// <summary>ICE-CONTROLLED (ICE), carries the tie-breaker.</summary>
    IceControlled = 0x8029,

    /// <summary>ICE-CONTROLLING (ICE), carries the tie-breaker.</summary>
    IceControlling = 0x802A,
}
