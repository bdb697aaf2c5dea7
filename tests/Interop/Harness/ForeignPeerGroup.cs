// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Interop.Tests.Harness;

/// <summary>Every interop test class shares one Node host and one Chromium; the tests run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ForeignPeerGroup : ICollectionFixture<ForeignPeerFixture>
{
    public const string Name = "foreign peers";
}
