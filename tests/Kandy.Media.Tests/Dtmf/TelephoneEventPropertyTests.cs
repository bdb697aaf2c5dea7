// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using FsCheck.Xunit;
using Kandy.Media.Dtmf;

namespace Kandy.Media.Tests.Dtmf;

[Trait("Category", "unit")]
public sealed class TelephoneEventPropertyTests
{
    [Property]
    public bool WrittenEventsReadBackUnchanged(byte code, bool end, byte volume, ushort duration)
    {
        var value = new TelephoneEvent(code, end, (byte)(volume % 64), duration);
        var bytes = new byte[4];
        value.WriteTo(bytes);

        return TelephoneEvent.TryRead(bytes, out var read) && read == value;
    }

    [Property]
    public bool ParserAcceptsExactlyWholeEventBlocks(byte[] bytes)
    {
        bytes ??= [];
        var ok = TelephoneEvent.TryRead(bytes, out var value);

        return ok == (bytes.Length >= 4 && bytes.Length % 4 == 0)
            && (!ok || (value.Event == bytes[0] && value.Volume == (bytes[1] & 0x3F) && value.Duration == ((bytes[2] << 8) | bytes[3])));
    }

    [Property]
    public bool ReceiverSurvivesArbitraryPacketsAndReportsAtMostOneDigitEach(byte[][] payloads, uint[] timestamps)
    {
        payloads ??= [];
        timestamps ??= [];
        var receiver = new DtmfReceiver(8000);
        var digits = 0;
        receiver.DigitReceived += (_, _) => digits++;

        for (var i = 0; i < payloads.Length; i++)
        {
            receiver.Receive(timestamps.Length == 0 ? 0 : timestamps[i % timestamps.Length], payloads[i] ?? []);
        }

        receiver.Flush();
        return digits <= payloads.Length && receiver.MalformedPackets <= payloads.Length;
    }
}
