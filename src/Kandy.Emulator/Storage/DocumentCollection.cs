// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text.Json;
using Kandy.Emulator.Http;

namespace Kandy.Emulator.Storage;

/// <summary>A typed view of one collection of an <see cref="IDocumentStore"/>.</summary>
internal sealed class DocumentCollection<T>(IDocumentStore store, string name)
{
    public void Put(string key, T value) => store.Put(name, key, JsonSerializer.Serialize(value, JsonDefaults.Options));

    public bool Delete(string key) => store.Delete(name, key);

    public IReadOnlyList<T> List() =>
        store.List(name).Select(d => JsonSerializer.Deserialize<T>(d.Value, JsonDefaults.Options)!).ToList();

    public void Clear() => store.Clear(name);
}
