// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Dtmf;

/// <summary>The sixteen DTMF digits, their RFC 4733 event codes and their frequency pairs.</summary>
/// <remarks>
/// RFC 4733 §3.2 numbers the events 0–9, then * = 10, # = 11, A–D = 12–15. ITU-T Q.23 gives the
/// frequencies: a row (low group: 697, 770, 852, 941 Hz) plus a column (high group: 1209, 1336, 1477, 1633 Hz).
/// </remarks>
public static class DtmfDigits
{
    /// <summary>All digits in keypad order, row by row.</summary>
    public const string Keypad = "123A456B789C*0#D";

    /// <summary>The low-group (row) frequencies in Hz.</summary>
    public static readonly double[] RowFrequencies = [697, 770, 852, 941];

    /// <summary>The high-group (column) frequencies in Hz.</summary>
    public static readonly double[] ColumnFrequencies = [1209, 1336, 1477, 1633];

    private const string EventOrder = "0123456789*#ABCD";

    /// <summary>Tells whether a character is a DTMF digit (letters in either case).</summary>
    /// <param name="digit">The character.</param>
    /// <returns><see langword="true"/> for 0–9, *, #, A–D.</returns>
    public static bool IsDigit(char digit) => EventOrder.Contains(char.ToUpperInvariant(digit), StringComparison.Ordinal);

    /// <summary>Gets the RFC 4733 event code of a digit.</summary>
    /// <param name="digit">0–9, *, #, A–D.</param>
    /// <returns>The event code 0–15.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a DTMF digit.</exception>
    public static byte ToEvent(char digit)
    {
        var index = EventOrder.IndexOf(char.ToUpperInvariant(digit), StringComparison.Ordinal);
        return index < 0 ? throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit.") : (byte)index;
    }

    /// <summary>Gets the digit of an RFC 4733 event code.</summary>
    /// <param name="eventCode">The event code.</param>
    /// <param name="digit">The digit, when the code is 0–15.</param>
    /// <returns><see langword="false"/> for codes that are not DTMF digits (other telephony events).</returns>
    public static bool TryFromEvent(int eventCode, out char digit)
    {
        var ok = eventCode is >= 0 and < 16;
        digit = ok ? EventOrder[eventCode] : '\0';
        return ok;
    }

    /// <summary>Gets the frequency pair of a digit.</summary>
    /// <param name="digit">0–9, *, #, A–D.</param>
    /// <returns>The row and column frequencies in Hz.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a DTMF digit.</exception>
    public static (double Row, double Column) GetFrequencies(char digit)
    {
        var index = Keypad.IndexOf(char.ToUpperInvariant(digit), StringComparison.Ordinal);
        return index < 0
            ? throw new ArgumentOutOfRangeException(nameof(digit), digit, "Not a DTMF digit.")
            : (RowFrequencies[index / 4], ColumnFrequencies[index % 4]);
    }

    /// <summary>Gets the digit at a row and column of the keypad.</summary>
    /// <param name="row">Row index 0–3.</param>
    /// <param name="column">Column index 0–3.</param>
    /// <returns>The digit.</returns>
    public static char At(int row, int column) => Keypad[(row * 4) + column];
}
