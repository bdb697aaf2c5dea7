// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Media.Srtp;

namespace Kandy.Media.Bench;

/// <summary>Before timing anything: both stacks must produce identical SRTP and read each other's packets.</summary>
internal static class CrossCheck
{
    internal static bool Run()
    {
        var ok = true;
        foreach (var profile in Enum.GetValues<SrtpProfile>())
        {
            var saltLength = SrtpProfileInfo.MasterSaltLength(profile);
            var keyAndSalt = Enumerable.Range(0, 16 + saltLength).Select(i => (byte)(i * 11)).ToArray();
            using var kandy = new SrtpContext(profile, keyAndSalt.AsSpan(0, 16), keyAndSalt.AsSpan(16));
            using var kandyReceiver = new SrtpContext(profile, keyAndSalt.AsSpan(0, 16), keyAndSalt.AsSpan(16));
            using var libsrtp = new LibSrtp(profile, keyAndSalt, outbound: true);
            using var libsrtpReceiver = new LibSrtp(profile, keyAndSalt, outbound: false);
            var same = 0;
            for (ushort sequence = 65000; sequence != 1000; sequence++)
            {
                var ours = Packet(sequence);
                var theirs = Packet(sequence);
                kandy.ProtectRtp(ours, 172, out var ourLength);
                var theirLength = libsrtp.Protect(theirs, 0, 172);
                if (ourLength == theirLength && ours.AsSpan(0, ourLength).SequenceEqual(theirs.AsSpan(0, theirLength))
                    && libsrtpReceiver.Unprotect(ours, 0, ourLength) == 172
                    && kandyReceiver.UnprotectRtp(theirs.AsSpan(0, theirLength), out var plainLength) == SrtpStatus.Ok && plainLength == 172)
                {
                    same++;
                }
            }

            Console.WriteLine($"cross-check {profile}: {same} of 1536 packets identical and accepted by the other stack (across a sequence wrap)");
            ok &= same == 1536;
        }

        return ok;
    }

    private static byte[] Packet(ushort sequence)
    {
        var packet = new byte[256];
        packet[0] = 0x80;
        packet[2] = (byte)(sequence >> 8);
        packet[3] = (byte)sequence;
        packet[8] = 0xCA;
        for (var i = 0; i < 160; i++)
        {
            packet[12 + i] = (byte)(i ^ sequence);
        }

        return packet;
    }
}
