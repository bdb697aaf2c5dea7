// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Org.BouncyCastle.Tls;

namespace Kandy.Media.Dtls;

/// <summary>Records alerts from the peer so the transport can tell a close from a failure.</summary>
internal static class DtlsAlerts
{
    public static void Record(DtlsHandshakePolicy policy, short level, short description)
    {
        if (description == AlertDescription.close_notify)
        {
            policy.CloseNotifyReceived = true;
        }
        else if (level == AlertLevel.fatal)
        {
            policy.ReceivedAlert = description;
        }
    }

    public static string Describe(short description) => AlertDescription.GetText(description);
}
