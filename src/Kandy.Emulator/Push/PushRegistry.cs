// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Emulator.Http;
using Kandy.Emulator.Storage;

namespace Kandy.Emulator.Push;

/// <summary>Push registrations per user, persisted with the rest of the state.</summary>
internal sealed class PushRegistry(IDocumentStore documents)
{
    private readonly DocumentCollection<PushRegistration> store = new(documents, "push");

    public PushRegistration Add(Func<string, PushRegistration> create)
    {
        var registration = create(RandomIds.Hex(4));
        store.Put(registration.Id, registration);
        return registration;
    }

    public IReadOnlyList<PushRegistration> ForUser(string userName) =>
        store.List().Where(r => string.Equals(r.UserName, userName, StringComparison.OrdinalIgnoreCase)).ToList();

    public bool Remove(string userName, string provider, string id)
    {
        var match = ForUser(userName).Any(r => r.Id == id && r.Provider == provider);
        return match && store.Delete(id);
    }

    public void Reset() => store.Clear();
}
