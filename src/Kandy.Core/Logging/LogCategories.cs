// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Logging;

/// <summary>Logger categories, named like the SDK's logger types (01-session.md §12.2).</summary>
internal static class LogCategories
{
    public const string Events = "EVENTS";
    public const string Auth = "AUTH";
    public const string Request = "REQUEST";
    public const string Subscription = "SUBSCRIPTION";
    public const string Connectivity = "CONNECTIVITY";
    public const string Notifications = "NOTIFICATIONS";
}
