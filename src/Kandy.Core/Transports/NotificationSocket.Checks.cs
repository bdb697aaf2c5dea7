// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using System.Text.Json.Nodes;
using Kandy.Core.Connectivity;

namespace Kandy.Core.Transports;

/// <summary>Inbound frame classification and the connectivity checks of 01-session.md §7.4.</summary>
internal sealed partial class NotificationSocket
{
    private async Task HandleFrameAsync(Live current, string text)
    {
        JsonObject? frame;
        try
        {
            frame = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            frame = null;
        }

        if (frame is null)
        {
            DropFrame("not a JSON object");
            return;
        }

        current.LastFrame = clock.GetTimestamp();
        if (Rest.StatusCodes.IsTruthy(frame["connCheck"]))
        {
            if (options().Connectivity.Method.ResponsibleParty == KandyResponsibleParty.Server)
            {
                if (frame["connCheck"]?["interval"] is JsonValue interval && interval.TryGetValue<double>(out var seconds) && seconds > 0)
                {
                    current.ServerPeriod = TimeSpan.FromSeconds(seconds);
                }

                current.LastCheck = clock.GetTimestamp();
                await SendOrLoseAsync(current, """{"connAck":{}}""").ConfigureAwait(false);
            }

            return;
        }

        if (Rest.StatusCodes.IsTruthy(frame["connAck"]))
        {
            current.LastCheck = clock.GetTimestamp();
            return;
        }

        FrameReceived?.Invoke(text);
    }

    private void DropFrame(string why)
    {
        Interlocked.Increment(ref droppedFrames);
        Log.FrameDropped(logger, why);
    }

    private async Task CheckLoopAsync(Live current)
    {
        try
        {
            var method = options().Connectivity.Method;
            if (method.ResponsibleParty == KandyResponsibleParty.Server)
            {
                await WatchServerPingsAsync(current).ConfigureAwait(false);
            }
            else
            {
                await PingAsync(current, method.Type).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PingAsync(Live current, KandyConnectivityType type)
    {
        while (true)
        {
            var settings = options().Connectivity;
            var checking = Checking(settings);

            // The next interval starts before the ping goes out, so whoever sees a ping knows the next one is timed.
            var pause = Task.Delay(settings.PingInterval, clock, current.Stop.Token);
            if (checking)
            {
                var ping = type == KandyConnectivityType.PingPong
                    ? $$$"""{"connCheck":{"interval":{{{(long)settings.PingInterval.TotalSeconds}}}}}"""
                    : """{"message_type":"ping"}""";
                if (!await SendOrLoseAsync(current, ping).ConfigureAwait(false))
                {
                    return;
                }
            }

            await pause.ConfigureAwait(false);
            var limit = settings.PingInterval * Math.Max(settings.MaxMissedPings, 1);
            if (type == KandyConnectivityType.PingPong && checking && clock.GetElapsedTime(current.LastCheck) >= limit)
            {
                Log.PingsMissed(logger, limit.TotalMilliseconds);
                OnEnded(current, SocketEnd.Lost);
                return;
            }
        }
    }

    private async Task WatchServerPingsAsync(Live current)
    {
        current.ServerPeriod = ServerPingDefault;
        while (true)
        {
            await Task.Delay(current.ServerPeriod, clock, current.Stop.Token).ConfigureAwait(false);
            var limit = current.ServerPeriod * Math.Max(options().Connectivity.MaxMissedPings, 1);
            if (clock.GetElapsedTime(current.LastCheck) >= limit)
            {
                Log.PingsMissed(logger, limit.TotalMilliseconds);
                OnEnded(current, SocketEnd.Lost);
                return;
            }
        }
    }

    private async Task<bool> SendOrLoseAsync(Live current, string text)
    {
        if (await current.SendAsync(text).ConfigureAwait(false))
        {
            return true;
        }

        Log.SendFailed(logger);
        OnEnded(current, SocketEnd.Lost);
        return false;
    }
}
