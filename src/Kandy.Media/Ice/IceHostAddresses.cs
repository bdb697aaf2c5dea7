// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Kandy.Media.Ice;

/// <summary>The local addresses host candidates are gathered on.</summary>
internal static class IceHostAddresses
{
    public static IReadOnlyList<IPAddress> Resolve(IceAgentOptions options)
    {
        var addresses = options.HostAddresses is { } fixedList
            ? fixedList.ToList()
            : NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(u => u.Address)
                .ToList();

        return addresses
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork || (options.IncludeIPv6 && a.AddressFamily == AddressFamily.InterNetworkV6))
            .Where(a => options.IncludeLoopback || !IPAddress.IsLoopback(a))
            .Where(a => !a.IsIPv6LinkLocal && !a.IsIPv4MappedToIPv6)
            .Distinct()
            .OrderBy(a => IPAddress.IsLoopback(a) ? 1 : 0)
            .ToList();
    }
}
