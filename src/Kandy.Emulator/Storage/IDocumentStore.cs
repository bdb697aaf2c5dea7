// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Storage;

/// <summary>
/// Keeps the emulator's state as JSON documents grouped in named collections. Every feature
/// (users, subscriptions, push registrations, later contacts, messages, history) owns one or more
/// collections, so a new feature needs no schema change.
/// </summary>
internal interface IDocumentStore : IDisposable
{
    /// <summary>Inserts or replaces one document.</summary>
    void Put(string collection, string key, string json);

    /// <summary>Removes one document; returns whether it existed.</summary>
    bool Delete(string collection, string key);

    /// <summary>Returns every document of a collection, in key order.</summary>
    IReadOnlyList<KeyValuePair<string, string>> List(string collection);

    /// <summary>Removes every document of a collection.</summary>
    void Clear(string collection);
}
