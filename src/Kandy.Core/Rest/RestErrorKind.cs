// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core.Rest;

/// <summary>The SDK's <c>error</c> of a classified answer.</summary>
internal enum RestErrorKind
{
    None,
    Fetch,
    Request,
}
