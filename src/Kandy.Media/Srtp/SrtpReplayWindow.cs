// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Srtp;

/// <summary>A sliding window over the highest packet index received, for replay protection.</summary>
/// <remarks>
/// RFC 3711 §3.3.2: a window of at least 64 packets; bit <c>n</c> of the mask is index <c>Highest - n</c>.
/// <see cref="IsReplay"/> runs before authentication and <see cref="Accept"/> only after it succeeds,
/// so forged packets never move the window.
/// </remarks>
internal struct SrtpReplayWindow
{
    /// <summary>Number of indices below the highest that are still accepted once.</summary>
    internal const int Size = 64;

    private ulong mask;
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

        var age = Highest - index;
        return age >= Size || (mask & (1UL << (int)age)) != 0;
    }

    /// <summary>Records an authenticated index.</summary>
    internal void Accept(ulong index)
    {
        if (!started)
        {
            started = true;
            Highest = index;
            mask = 1;
            return;
        }

        if (index > Highest)
        {
            var shift = index - Highest;
            mask = shift >= Size ? 1 : (mask << (int)shift) | 1;
            Highest = index;
        }
        else
        {
            mask |= 1UL << (int)(Highest - index);
        }
    }
}
