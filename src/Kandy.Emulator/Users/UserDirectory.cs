// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using Kandy.Emulator.Storage;

namespace Kandy.Emulator.Users;

/// <summary>The users the emulator accepts, looked up case-insensitively by user name.</summary>
internal sealed class UserDirectory
{
    private readonly ConcurrentDictionary<string, EmulatorUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly DocumentCollection<EmulatorUser> store;
    private readonly IReadOnlyList<EmulatorUser> seed;

    public UserDirectory(IDocumentStore documents, IReadOnlyList<EmulatorUser> seed)
    {
        store = new DocumentCollection<EmulatorUser>(documents, "users");
        this.seed = seed;
        foreach (var user in store.List())
        {
            users[user.UserName] = user;
        }

        // A user file given on a later start adds to (or corrects) what the data path remembers.
        foreach (var user in seed)
        {
            Add(user);
        }
    }

    public IReadOnlyList<EmulatorUser> All => users.Values.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList();

    public EmulatorUser? Find(string userName) => users.TryGetValue(userName, out var user) ? user : null;

    public void Add(EmulatorUser user)
    {
        users[user.UserName] = user;
        store.Put(user.UserName, user);
    }

    /// <summary>Forgets users added at run time and returns to the starting set.</summary>
    public void Reset()
    {
        users.Clear();
        store.Clear();
        foreach (var user in seed)
        {
            Add(user);
        }
    }
}
