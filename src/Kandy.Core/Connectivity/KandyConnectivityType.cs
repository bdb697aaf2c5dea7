// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Connectivity;

/// <summary>The kind of connectivity check (<c>method.type</c>).</summary>
public enum KandyConnectivityType
{
    /// <summary><c>keepAlive</c>: the client sends <c>{"message_type":"ping"}</c> and expects no answer.</summary>
    KeepAlive = 0,

    /// <summary><c>pingPong</c>: the client sends <c>connCheck</c> and expects <c>connAck</c>.</summary>
    PingPong = 1,
}
