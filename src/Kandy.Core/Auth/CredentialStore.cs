// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Auth;

/// <summary>Holds the current <see cref="ConnectionRecord"/>; records are immutable, so readers need no lock.</summary>
internal sealed class CredentialStore
{
    private ConnectionRecord? current;

    public ConnectionRecord? Current => Volatile.Read(ref current);

    public void Set(ConnectionRecord? record) => Volatile.Write(ref current, record);

    /// <summary>Applies a change to the record that is current at the time, so concurrent changes are not lost.</summary>
    public ConnectionRecord? Update(Func<ConnectionRecord, ConnectionRecord> change)
    {
        while (true)
        {
            var before = Current;
            if (before is null)
            {
                return null;
            }

            var after = change(before);
            if (Interlocked.CompareExchange(ref current, after, before) == before)
            {
                return after;
            }
        }
    }
}
