// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Collections.Concurrent;
using Kandy.Emulator.Http;
using Kandy.Emulator.Storage;

namespace Kandy.Emulator.Auth;

/// <summary>Issues bearer, access and HMAC tokens and remembers their state.</summary>
internal sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, IssuedToken> tokens = new(StringComparer.Ordinal);
    private readonly DocumentCollection<IssuedToken> store;
    private readonly TimeProvider time;

    public TokenStore(IDocumentStore documents, TimeProvider time)
    {
        this.time = time;
        store = new DocumentCollection<IssuedToken>(documents, "tokens");
        foreach (var token in store.List())
        {
            tokens[token.Token] = token;
        }
    }

    public IssuedToken Issue(string userName, TokenKind kind, TimeSpan lifetime)
    {
        var text = kind switch
        {
            TokenKind.Bearer => "bt-",
            TokenKind.Access => "at-",
            _ => "hm-",
        } + RandomIds.Hex(24);
        var token = new IssuedToken(text, userName, kind, time.GetUtcNow() + lifetime, Revoked: false);
        Save(token);
        return token;
    }

    public IssuedToken? Find(string text) => tokens.TryGetValue(text, out var token) ? token : null;

    public bool IsExpired(IssuedToken token) => time.GetUtcNow() >= token.ExpiresAt;

    public bool Expire(string text) => Update(text, t => t with { ExpiresAt = time.GetUtcNow() });

    public bool Revoke(string text) => Update(text, t => t with { Revoked = true });

    public void Reset()
    {
        tokens.Clear();
        store.Clear();
    }

    private bool Update(string text, Func<IssuedToken, IssuedToken> change)
    {
        if (!tokens.TryGetValue(text, out var token))
        {
            return false;
        }

        Save(change(token));
        return true;
    }

    private void Save(IssuedToken token)
    {
        tokens[token.Token] = token;
        store.Put(token.Token, token);
    }
}
