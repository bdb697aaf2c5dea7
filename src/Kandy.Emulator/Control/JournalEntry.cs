// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Control;

/// <summary>One Kandy Link request as received, with credentials redacted.</summary>
/// <param name="Sequence">Position in the journal, from 1.</param>
/// <param name="Time">When the request arrived.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path (decoded).</param>
/// <param name="Query">Query string; values of <c>token</c> and <c>access_token</c> replaced by <c>***</c>.</param>
/// <param name="Headers">Request headers; <c>Authorization</c> keeps only its scheme, <c>x-token</c> and <c>x-session</c> are <c>***</c>.</param>
/// <param name="Body">Request body text (JSON requests carry no secrets in Kandy Link).</param>
/// <param name="WebSocket">Whether it was a WebSocket upgrade.</param>
/// <param name="Status">Answer status (0 while still running).</param>
/// <param name="CredentialMode">How the request authenticated: none, basic, bearer, accessToken, hmac, session.</param>
/// <param name="User">The authenticated user, when the credentials were accepted.</param>
internal sealed record JournalEntry(
    long Sequence,
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    bool WebSocket,
    int Status,
    string? CredentialMode,
    string? User);
