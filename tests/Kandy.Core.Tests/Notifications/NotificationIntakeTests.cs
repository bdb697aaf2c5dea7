// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.IO.Compression;
using System.Text;
using Kandy.Core.Events;
using Kandy.Core.Notifications;
using Kandy.Core.Tests.Support;

namespace Kandy.Core.Tests.Notifications;

[Trait("Category", "Unit")]
public sealed class NotificationIntakeTests : IAsyncLifetime
{
    private readonly RecordingLogSink log = new();
    private KandyClient client = null!;
    private EventRecorder recorder = null!;

    public Task InitializeAsync()
    {
        client = NewClient(new KandyClientOptions());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await client.DisposeAsync();

    [Fact]
    public async Task DuplicateEventIdsAreDeliveredOnce()
    {
        await PushAsync(Envelope("mwi", "ev-1"));
        await PushAsync(Envelope("mwi", "ev-1"));
        await PushAsync(Envelope("mwi", "ev-2"));
        await client.DrainEventsAsync();

        var ids = recorder.Named(KandyEventNames.NotificationReceived).Select(EventId).ToList();
        Assert.Equal(["ev-1", "ev-2"], ids);
        Assert.Equal(1, client.Notifications.Duplicates);
    }

    [Fact]
    public async Task TheIdCacheForgetsTheOldestIds()
    {
        await client.DisposeAsync();
        var options = new KandyClientOptions();
        options.Notifications.IdCacheLength = 2;
        client = NewClient(options);

        foreach (var id in new[] { "a", "b", "c", "a", "c" })
        {
            await PushAsync(Envelope("mwi", id));
        }

        await client.DrainEventsAsync();
        Assert.Equal(["a", "b", "c", "a"], recorder.Named(KandyEventNames.NotificationReceived).Select(EventId).ToList());
    }

    [Fact]
    public async Task MalformedNotificationsAreCountedLoggedAndDropped()
    {
        string[] malformed = ["not json", "[1,2]", """{"other":1}""", """{"notificationMessage":5}""", "{\"notificationMessage\":{\"eventType\":"];
        foreach (var text in malformed)
        {
            await client.ProcessNotificationAsync(text, KandyNotificationChannel.Push, CancellationToken.None);
        }

        await PushAsync(Envelope("mwi", "after"));
        await client.DrainEventsAsync();

        Assert.Equal(malformed.Length, client.Notifications.Dropped);
        Assert.Equal(["after"], recorder.Named(KandyEventNames.NotificationReceived).Select(EventId).ToList());
        Assert.Equal(malformed.Length, log.Entries.Count(e => e.EventId == 6006));
    }

    [Fact]
    public async Task UnknownEventTypesPassThroughWithoutAHandler()
    {
        await PushAsync(Envelope("somethingNew", "u-1"));
        await PushAsync(Envelope("somethingNew", "u-1"));
        await client.DrainEventsAsync();

        var received = Assert.Single(recorder.Named(KandyEventNames.NotificationReceived));
        var payload = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(received.Payload["payload"]);
        var message = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(payload["notificationMessage"]);
        Assert.Equal("somethingNew", message["eventType"]);
    }

    [Fact]
    public async Task HandlersRegisteredByTypeOrShapeGetTheirNotificationsAndOneFailureDoesNotStopOthers()
    {
        var got = new List<string>();
        using var failing = client.Notifications.Register("IM", (_, _) => throw new InvalidOperationException("feature bug"));
        using var im = client.Notifications.Register("IM", (n, _) =>
        {
            got.Add("IM:" + n.EventId);
            return Task.CompletedTask;
        });
        using var sip = client.Notifications.Register(m => m.ContainsKey("genericNotificationParams"), (n, _) =>
        {
            got.Add("SIP:" + n.EventId);
            return Task.CompletedTask;
        });

        await PushAsync(Envelope("IM", "m-1"));
        await PushAsync("""{"notificationMessage":{"eventType":"event:presence","eventId":"s-1","genericNotificationParams":{}}}""");
        im.Dispose();
        await PushAsync(Envelope("IM", "m-2"));

        Assert.Equal(["IM:m-1", "SIP:s-1"], got);
        Assert.Contains(log.Entries, e => e.EventId == 6005 && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task WebSocketChannelIsGatedAndCallsCanBeLimitedToPush()
    {
        await client.DisposeAsync();
        var options = new KandyClientOptions();
        options.Notifications.IncomingCallNotificationMode = KandyIncomingCallNotificationMode.PushChannelOnly;
        client = NewClient(options);

        await client.ProcessNotificationAsync(Envelope("mwi", "w-1"), KandyNotificationChannel.WebSocket, CancellationToken.None);
        client.EnableWebSocketNotifications(true);
        await client.ProcessNotificationAsync(Envelope("mwi", "w-2"), KandyNotificationChannel.WebSocket, CancellationToken.None);
        await client.ProcessNotificationAsync(Envelope("call", "c-1"), KandyNotificationChannel.WebSocket, CancellationToken.None);
        await PushAsync(Envelope("call", "c-2"));
        await client.DrainEventsAsync();

        Assert.Equal(["w-2", "c-2"], recorder.Named(KandyEventNames.NotificationReceived).Select(EventId).ToList());
        var change = Assert.Single(recorder.Named(KandyEventNames.NotificationsChange));
        Assert.Equal("WEBSOCKET", change.Payload["channel"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CompressedSdpIsInflated(bool gzip)
    {
        const string Sdp = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n";
        string? seen = null;
        using var handler = client.Notifications.Register("call", (n, _) =>
        {
            seen = n.Message["sessionParams"]!["sdp"]!.GetValue<string>();
            return Task.CompletedTask;
        });

        var sdp = Compress(Sdp, gzip);
        await PushAsync("{\"notificationMessage\":{\"eventType\":\"call\",\"eventId\":\"z\",\"sessionParams\":{\"sdpFormat\":\"compressed\",\"sdp\":\"" + sdp + "\"}}}");
        Assert.Equal(Sdp, seen);
    }

    private static string Envelope(string type, string id) => $$$"""{"notificationMessage":{"eventType":"{{{type}}}","eventId":"{{{id}}}"}}""";

    private static string? EventId(KandyEventArgs e) =>
        ((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)e.Payload["payload"]!)["notificationMessage"]!)["eventId"] as string;

    private static string Compress(string text, bool gzip)
    {
        using var output = new MemoryStream();
        using (Stream deflate = gzip ? new GZipStream(output, CompressionLevel.Fastest) : new ZLibStream(output, CompressionLevel.Fastest))
        {
            deflate.Write(Encoding.Latin1.GetBytes(text));
        }

        return Convert.ToBase64String(output.ToArray());
    }

    private KandyClient NewClient(KandyClientOptions options)
    {
        options.Server.Host = "127.0.0.1";
        options.LogSink = log;
        var created = new KandyClient(options);
        recorder = new EventRecorder(created);
        return created;
    }

    private Task PushAsync(string json) => client.ProcessNotificationAsync(json, KandyNotificationChannel.Push, CancellationToken.None);
}
