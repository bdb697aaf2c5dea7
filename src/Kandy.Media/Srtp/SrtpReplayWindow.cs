// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Runtime.CompilerServices;

namespace Kandy.Media.Srtp;

/// <summary>A sliding window over the highest packet index received, for replay protection.</summary>
/// <remarks>
/// RFC 3711 §3.3.2 asks for at least 64 packets; 1024 lets a video burst reordered by a few hundred packets
/// through. The window is a ring of bits indexed by packet index modulo its size. <see cref="IsReplay"/> runs
/// before authentication and <see cref="Accept"/> only after it succeeds, so forged packets never move it.
/// </remarks>
internal struct SrtpReplayWindow
{
    /// <summary>Number of indices up to and including the highest that are remembered.</summary>
    internal const int Size = 1024;

    private const int Words = Size / 64;

    private Bits seen;
    private bool started;

    /// <summary>Gets the highest index accepted so far.</summary>
    internal ulong Highest { get; private set; }

    /// <summary>Tells whether <paramref name="index"/> was seen already or is too old to judge.</summary>
    internal readonly bool IsReplay(ulong index)
    {
        if (!started || index > Highest)
        {
            return false;
        }

        return Highest - index >= Size || Get(index);
    }

    /// <summary>Records an authenticated index.</summary>
    internal void Accept(ulong index)
    {
        if (!started || (index > Highest && index - Highest >= Size))
        {
            // First packet, or a jump past the whole window: nothing remembered is still inside it.
            ((Span<ulong>)seen).Clear();
            started = true;
            Highest = index;
        }
        else if (index > Highest)
        {
            for (var cleared = Highest + 1; cleared < index; cleared++)
            {
                Set(cleared, false);
            }

            Highest = index;
        }

        Set(index, true);
    }

    private readonly bool Get(ulong index) => (seen[(int)(index % Size) / 64] & (1UL << (int)(index % 64))) != 0;

    private void Set(ulong index, bool value)
    {
        ref var word = ref seen[(int)(index % Size) / 64];
        var bit = 1UL << (int)(index % 64);
        word = value ? word | bit : word & ~bit;
    }

    [InlineArray(Words)]
    private struct Bits
    {
        private ulong element;
    }
}
