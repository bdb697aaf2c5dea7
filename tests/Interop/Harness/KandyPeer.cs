// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Diagnostics;
using Kandy.Media.Audio;
using Kandy.Media.Dtls;
using Kandy.Media.WebRtc;

namespace Kandy.Interop.Tests.Harness;

/// <summary>A Kandy.Media peer connection sending a tone and counting what it hears.</summary>
public sealed class KandyPeer : IAsyncDisposable
{
    public KandyPeer(params DtlsSrtpProfile[] profiles)
    {
        Connection = new PeerConnection(new PeerConnectionOptions
        {
            IncludeLoopback = true,
            SrtpProfiles = profiles.Length > 0 ? profiles : DtlsSrtpTransportOptions.DefaultSrtpProfiles,
        });
        var transceiver = Connection.AddTransceiver(AudioTrack.CreateLocal(new ToneAudioSource()));
        transceiver.ReceiveTrack.Sink = Sink;
    }

    public PeerConnection Connection { get; }

    public CountingAudioSink Sink { get; } = new();

    public async Task<string> AnswerAsync(string offer)
    {
        await Connection.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Offer, offer));
        var answer = await Connection.CreateAnswerAsync();
        await Connection.SetLocalDescriptionAsync(answer);
        return answer.Sdp;
    }

    public async Task<string> OfferAsync()
    {
        var offer = await Connection.CreateOfferAsync();
        await Connection.SetLocalDescriptionAsync(offer);
        return offer.Sdp;
    }

    public Task AcceptAsync(string answer) => Connection.SetRemoteDescriptionAsync(new SessionDescription(SdpType.Answer, answer));

    /// <summary>Waits until the sink heard <paramref name="frames"/> frames or the connection failed.</summary>
    public async Task WaitForAudioAsync(int frames, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Sink.FramesReceived < frames && clock.Elapsed < timeout && Connection.ConnectionState != PeerConnectionState.Failed)
        {
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the connection reaches <paramref name="state"/> (or times out).</summary>
    public async Task WaitForStateAsync(PeerConnectionState state, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (Connection.ConnectionState != state && clock.Elapsed < timeout)
        {
            await Task.Delay(20);
        }
    }

    public async Task<RtcStats?> StatsAsync(string type) => (await Connection.GetStatsAsync()).OfType(type).FirstOrDefault();

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
