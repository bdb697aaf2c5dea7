// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Control;

/// <summary>Control API request: hold matching Kandy Link answers back.</summary>
/// <param name="Milliseconds">How long to wait before serving each request.</param>
/// <param name="Count">How many requests to delay; null delays all until cleared.</param>
/// <param name="PathPrefix">Only requests whose path starts with this text.</param>
internal sealed record DelayRule(int Milliseconds, int? Count, string? PathPrefix)
{
    public bool Matches(HttpRequest request) =>
        PathPrefix is null || request.Path.Value!.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);
}
