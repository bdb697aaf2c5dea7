// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>The report-block part that SR and RR share.</summary>
internal static class RtcpReports
{
    /// <summary>Reads <paramref name="count"/> blocks and returns the bytes after them (the profile extension).</summary>
    /// <returns>The extension, or null when it is not whole 32-bit words.</returns>
    internal static ReadOnlyMemory<byte>? ReadBlocks(int count, ReadOnlySpan<byte> data, IList<RtcpReportBlock> blocks)
    {
        if ((data.Length - (count * RtcpReportBlock.Length)) % 4 != 0)
        {
            return null;
        }

        for (var i = 0; i < count; i++)
        {
            blocks.Add(RtcpReportBlock.Read(data[(i * RtcpReportBlock.Length)..]));
        }

        var rest = data[(count * RtcpReportBlock.Length)..];
        return rest.IsEmpty ? ReadOnlyMemory<byte>.Empty : rest.ToArray();
    }

    /// <summary>Writes the blocks followed by the profile extension.</summary>
    internal static void WriteBlocks(IList<RtcpReportBlock> blocks, ReadOnlyMemory<byte> extension, Span<byte> data)
    {
        if (blocks.Count > 31)
        {
            throw new InvalidOperationException("An RTCP report carries at most 31 report blocks.");
        }

        if (extension.Length % 4 != 0)
        {
            throw new InvalidOperationException("A profile extension must be whole 32-bit words.");
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].Write(data[(i * RtcpReportBlock.Length)..]);
        }

        extension.Span.CopyTo(data[(blocks.Count * RtcpReportBlock.Length)..]);
    }
}
