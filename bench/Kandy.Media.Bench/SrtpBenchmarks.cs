// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Buffers.Binary;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kandy.Media.Srtp;

namespace Kandy.Media.Bench;

/// <summary>SRTP protect and unprotect of a 160-byte payload: Kandy.Media against libsrtp2, per profile.</summary>
/// <remarks>
/// Each invocation handles a batch of packets that the iteration setup prepared (fresh plaintext for protect,
/// freshly protected packets with the next sequence numbers for unprotect), so replay protection never
/// trips and the measured loop holds nothing but the SRTP call. Results are per packet.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class SrtpBenchmarks : IDisposable
{
    private const int Batch = 32_768;
    private const int PayloadLength = 160;
    private const int PlainLength = 12 + PayloadLength;
    private const int Slot = 256;

    private readonly byte[] plain = new byte[Batch * Slot];
    private readonly byte[] kandyProtected = new byte[Batch * Slot];
    private readonly byte[] libsrtpProtected = new byte[Batch * Slot];
    private readonly int[] kandyLengths = new int[Batch];
    private readonly int[] libsrtpLengths = new int[Batch];
    private SrtpContext kandySender = null!;
    private SrtpContext kandyFeeder = null!;
    private SrtpContext kandyReceiver = null!;
    private LibSrtp libsrtpSender = null!;
    private LibSrtp libsrtpFeeder = null!;
    private LibSrtp libsrtpReceiver = null!;
    private ushort protectSequence;
    private ushort unprotectSequence;

    /// <summary>Gets or sets the profile under test.</summary>
    [Params(SrtpProfile.Aes128CmHmacSha1Tag80, SrtpProfile.Aes128CmHmacSha1Tag32, SrtpProfile.AeadAes128Gcm)]
    public SrtpProfile Profile { get; set; }

    /// <summary>Creates both stacks from one master key and salt.</summary>
    [GlobalSetup]
    public void GlobalSetup()
    {
        var saltLength = SrtpProfileInfo.MasterSaltLength(Profile);
        var keyAndSalt = Enumerable.Range(0, 16 + saltLength).Select(i => (byte)(i * 11)).ToArray();
        var key = keyAndSalt.AsSpan(0, 16);
        var salt = keyAndSalt.AsSpan(16);
        kandySender = new SrtpContext(Profile, key, salt);
        kandyFeeder = new SrtpContext(Profile, key, salt);
        kandyReceiver = new SrtpContext(Profile, key, salt);
        libsrtpSender = new LibSrtp(Profile, keyAndSalt, outbound: true);
        libsrtpFeeder = new LibSrtp(Profile, keyAndSalt, outbound: true);
        libsrtpReceiver = new LibSrtp(Profile, keyAndSalt, outbound: false);
    }

    /// <summary>Releases both stacks.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Prepares fresh plaintext packets with the next sequence numbers.</summary>
    [IterationSetup(Targets = [nameof(KandyProtect), nameof(LibsrtpProtect)])]
    public void PreparePlain()
    {
        for (var i = 0; i < Batch; i++)
        {
            WritePlain(plain.AsSpan(i * Slot, Slot), protectSequence++);
        }
    }

    /// <summary>Prepares freshly protected packets that continue each receiver's sequence.</summary>
    [IterationSetup(Targets = [nameof(KandyUnprotect), nameof(LibsrtpUnprotect)])]
    public void PrepareProtected()
    {
        for (var i = 0; i < Batch; i++)
        {
            var sequence = unprotectSequence++;
            WritePlain(kandyProtected.AsSpan(i * Slot, Slot), sequence);
            kandyFeeder.ProtectRtp(kandyProtected.AsSpan(i * Slot, Slot), PlainLength, out kandyLengths[i]);
            WritePlain(libsrtpProtected.AsSpan(i * Slot, Slot), sequence);
            libsrtpLengths[i] = libsrtpFeeder.Protect(libsrtpProtected, i * Slot, PlainLength);
        }
    }

    /// <summary>Kandy.Media protect.</summary>
    /// <returns>The last protected length.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("Protect")]
    public int KandyProtect()
    {
        var length = 0;
        for (var i = 0; i < Batch; i++)
        {
            kandySender.ProtectRtp(plain.AsSpan(i * Slot, Slot), PlainLength, out length);
        }

        return length;
    }

    /// <summary>libsrtp2 protect.</summary>
    /// <returns>The last protected length.</returns>
    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    [BenchmarkCategory("Protect")]
    public int LibsrtpProtect()
    {
        var length = 0;
        for (var i = 0; i < Batch; i++)
        {
            length = libsrtpSender.Protect(plain, i * Slot, PlainLength);
        }

        return length;
    }

    /// <summary>Kandy.Media unprotect.</summary>
    /// <returns>The last plaintext length.</returns>
    [Benchmark(OperationsPerInvoke = Batch)]
    [BenchmarkCategory("Unprotect")]
    public int KandyUnprotect()
    {
        var length = 0;
        for (var i = 0; i < Batch; i++)
        {
            kandyReceiver.UnprotectRtp(kandyProtected.AsSpan(i * Slot, kandyLengths[i]), out length);
        }

        return length;
    }

    /// <summary>libsrtp2 unprotect.</summary>
    /// <returns>The last plaintext length.</returns>
    [Benchmark(OperationsPerInvoke = Batch, Baseline = true)]
    [BenchmarkCategory("Unprotect")]
    public int LibsrtpUnprotect()
    {
        var length = 0;
        for (var i = 0; i < Batch; i++)
        {
            length = libsrtpReceiver.Unprotect(libsrtpProtected, i * Slot, libsrtpLengths[i]);
        }

        return length;
    }

    /// <summary>Releases both stacks.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            kandySender?.Dispose();
            kandyFeeder?.Dispose();
            kandyReceiver?.Dispose();
            libsrtpSender?.Dispose();
            libsrtpFeeder?.Dispose();
            libsrtpReceiver?.Dispose();
        }
    }

    private static void WritePlain(Span<byte> slot, ushort sequence)
    {
        slot[0] = 0x80;
        slot[1] = 0x00;
        BinaryPrimitives.WriteUInt16BigEndian(slot[2..], sequence);
        BinaryPrimitives.WriteUInt32BigEndian(slot[4..], sequence * 160u);
        BinaryPrimitives.WriteUInt32BigEndian(slot[8..], 0xCAFEBABE);
        for (var i = 0; i < PayloadLength; i++)
        {
            slot[12 + i] = (byte)i;
        }
    }
}
