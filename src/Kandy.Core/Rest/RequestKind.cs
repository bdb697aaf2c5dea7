// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Rest;

/// <summary>The SDK's two internal request paths (01-session.md §5): they differ only in the agent header.</summary>
internal enum RequestKind
{
    /// <summary>Subscription, push, SDP fetch, calls, IM, SIP events: with <c>X-Cpaas-Agent</c>.</summary>
    Main,

    /// <summary>Voicemail, users, presence, call history, click-to-call: without <c>X-Cpaas-Agent</c>.</summary>
    Helper,
}
