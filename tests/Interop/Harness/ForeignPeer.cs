// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json.Nodes;

namespace Kandy.Interop.Tests.Harness;

/// <summary>One RTCPeerConnection in Chromium or in Node (@roamhq/wrtc), with an audio track.</summary>
public sealed class ForeignPeer
{
    private readonly ForeignPeerHost host;

    internal ForeignPeer(ForeignPeerHost host, string kind, string id)
    {
        this.host = host;
        Kind = kind;
        Id = id;
    }

    public string Kind { get; }

    public string Id { get; }

    /// <summary>Creates an offer and returns it with every candidate (gathering complete).</summary>
    public async Task<string> OfferAsync() => (await host.CallAsync(Kind, "offer", Id))!["sdp"]!.GetValue<string>();

    /// <summary>Applies an offer and returns the complete answer.</summary>
    public async Task<string> AnswerAsync(string offer) => (await host.CallAsync(Kind, "answer", Id, offer))!["sdp"]!.GetValue<string>();

    /// <summary>Applies the answer to this peer's offer.</summary>
    public Task AcceptAsync(string answer) => host.CallAsync(Kind, "accept", Id, answer);

    /// <summary>Reads the summary of getStats (see peers/peer-api.js).</summary>
    public async Task<JsonNode> StatsAsync() => (await host.CallAsync(Kind, "stats", Id))!;

    /// <summary>Waits until getStats shows at least <paramref name="packets"/> inbound audio packets, or gives up.</summary>
    public async Task<JsonNode> WaitInboundAsync(int packets, TimeSpan timeout) =>
        (await host.CallAsync(Kind, "waitInbound", Id, packets, (int)timeout.TotalMilliseconds))!;

    /// <summary>Queues DTMF with <c>RTCDTMFSender.insertDTMF</c> (RFC 4733 events; needs negotiated telephone-event).</summary>
    public Task InsertDtmfAsync(string tones, int durationMs, int gapMs) => host.CallAsync(Kind, "dtmf", Id, tones, durationMs, gapMs);

    public Task CloseAsync() => host.CallAsync(Kind, "close", Id);
}
