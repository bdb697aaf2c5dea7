// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

// Measures how many notifications per second the emulator fans out to 100 connected notification
// sockets: every broadcast through the control API is one frame to each of the 100 sessions.
// Usage: dotnet run -c Release --project bench/Kandy.Emulator.Bench -- [sessions] [broadcasts]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kandy.Emulator.Hosting;
using Kandy.Emulator.Users;

var sessions = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var broadcasts = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
const int Senders = 8;

var users = Enumerable.Range(0, sessions)
    .Select(i => new EmulatorUser($"bench{i}@kandy.test", "pw" + i, "Bench " + i, "Bench", i.ToString(CultureInfo.InvariantCulture), "+1555020" + i.ToString("D4", CultureInfo.InvariantCulture)))
    .ToList();
await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { Users = users });
using var http = new HttpClient { BaseAddress = emulator.Uri };

var sockets = new List<ClientWebSocket>();
foreach (var user in users)
{
    sockets.Add(await ConnectAsync(http, emulator.Uri, user));
}

var received = 0L;
var expected = (long)sessions * broadcasts;
var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var readers = sockets.Select(socket => Task.Run(async () =>
{
    var buffer = new byte[8192];
    while (socket.State == WebSocketState.Open)
    {
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
        if (result.MessageType == WebSocketMessageType.Close)
        {
            return;
        }

        if (result.EndOfMessage && Interlocked.Increment(ref received) == expected)
        {
            allReceived.TrySetResult();
        }
    }
})).ToList();

var frame = new JsonObject
{
    ["notificationMessage"] = new JsonObject
    {
        ["eventType"] = "IM",
        ["eventId"] = "bench",
        ["time"] = 1732550431000,
        ["imnotificationParams"] = new JsonObject { ["senderAddress"] = "alice@kandy.test", ["msgText"] = "hello from the fan-out benchmark" },
    },
}.ToJsonString();
var body = JsonSerializer.Serialize(new { text = frame });

var watch = Stopwatch.StartNew();
var next = -1;
await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
{
    while (Interlocked.Increment(ref next) < broadcasts)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(emulator.ControlUri + "/notifications"), content);
        response.EnsureSuccessStatusCode();
    }
})));
var sent = watch.Elapsed;
await allReceived.Task.WaitAsync(TimeSpan.FromMinutes(2));
var total = watch.Elapsed;

Console.WriteLine($"sessions={sessions} broadcasts={broadcasts} deliveries={received}");
Console.WriteLine($"broadcast requests done in {sent.TotalSeconds:F2} s, all frames received after {total.TotalSeconds:F2} s");
Console.WriteLine($"fan-out: {received / total.TotalSeconds:F0} notifications/s delivered ({broadcasts / total.TotalSeconds:F0} broadcasts/s to {sessions} sessions)");

foreach (var socket in sockets)
{
    socket.Abort();
    socket.Dispose();
}

static async Task<ClientWebSocket> ConnectAsync(HttpClient http, Uri baseUri, EmulatorUser user)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/rest/version/1/user/{user.UserName}/subscription")
    {
        Content = new StringContent("""{"subscribeRequest":{"expires":3600,"service":["call","IM"],"localization":"English_US","useTurn":true,"notificationType":"WebSocket","supported":["RingingFeedback"],"forceLogOut":"false"}}""", Encoding.UTF8, "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user.UserName + ":" + user.Password)));
    using var response = await http.SendAsync(request);
    response.EnsureSuccessStatusCode();
    var channel = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["subscribeResponse"]!["subscriptionParams"]!["notificationChannel"]!.GetValue<string>();
    var socket = new ClientWebSocket();
    await socket.ConnectAsync(new Uri($"ws://{baseUri.Authority}{channel}"), CancellationToken.None);
    return socket;
}
