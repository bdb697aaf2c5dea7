// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Control;

/// <summary>Body of <c>POST /_emulator/tokens</c>.</summary>
/// <param name="UserName">The user the token authenticates.</param>
/// <param name="Kind"><c>bearer</c>, <c>access</c> or <c>hmac</c>.</param>
/// <param name="LifetimeSeconds">Validity; default one hour.</param>
internal sealed record TokenRequest(string UserName, string? Kind, int? LifetimeSeconds);

/// <summary>Body of the token state changes (<c>expire</c>, <c>revoke</c>).</summary>
/// <param name="Token">The token text.</param>
internal sealed record TokenReference(string Token);

/// <summary>Body of <c>POST /_emulator/users/{user}/drop</c>.</summary>
/// <param name="CloseCode">Close with this code; without it the connection is aborted (no close frame).</param>
internal sealed record DropRequest(int? CloseCode);

/// <summary>Body of the subscription end requests.</summary>
/// <param name="Reason"><c>gone</c> (default), <c>websocketOverridden</c> or <c>expired</c>.</param>
/// <param name="RetryAfter">Seconds copied into the <c>gone</c> notification.</param>
internal sealed record EndRequest(string? Reason, int? RetryAfter);

/// <summary>Body of <c>POST /_emulator/users/{user}/services</c>.</summary>
/// <param name="Withheld">Service names this user is not granted from now on.</param>
internal sealed record ServicesRequest(IReadOnlyList<string>? Withheld);

/// <summary>Body of <c>POST /_emulator/connectivity</c>.</summary>
/// <param name="ServerPingSeconds">Server-ping period for new sockets; 0 or null returns to client-responsible mode.</param>
/// <param name="IdleTimeoutSeconds">Idle limit for new sockets.</param>
internal sealed record ConnectivityRequest(int? ServerPingSeconds, int? IdleTimeoutSeconds);

/// <summary>Body of <c>POST /_emulator/notifications</c> (broadcast).</summary>
/// <param name="Text">Raw frame text sent as is.</param>
internal sealed record BroadcastRequest(string Text);
