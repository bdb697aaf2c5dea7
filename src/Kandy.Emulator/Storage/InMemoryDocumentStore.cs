// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Emulator.Storage;

/// <summary>The default store: state lives as long as the emulator process.</summary>
internal sealed class InMemoryDocumentStore : IDocumentStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, SortedDictionary<string, string>> collections = new(StringComparer.Ordinal);

    public void Put(string collection, string key, string json)
    {
        lock (gate)
        {
            if (!collections.TryGetValue(collection, out var documents))
            {
                documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
                collections[collection] = documents;
            }

            documents[key] = json;
        }
    }

    public bool Delete(string collection, string key)
    {
        lock (gate)
        {
            return collections.TryGetValue(collection, out var documents) && documents.Remove(key);
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> List(string collection)
    {
        lock (gate)
        {
            return collections.TryGetValue(collection, out var documents) ? documents.ToList() : [];
        }
    }

    public void Clear(string collection)
    {
        lock (gate)
        {
            collections.Remove(collection);
        }
    }

    public void Dispose()
    {
    }
}
