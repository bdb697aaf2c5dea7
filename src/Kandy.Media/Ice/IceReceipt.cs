// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net;

namespace Kandy.Media.Ice;

/// <summary>Where a STUN response arrived, handed to the transaction's completion for the symmetry check.</summary>
internal sealed record IceReceipt(IceLocalBase Base, IPEndPoint Remote);
