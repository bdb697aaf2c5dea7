// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Text;
using Kandy.Core.Auth;
using Kandy.Core.Configuration;

namespace Kandy.Core.Tests.Auth;

[Trait("Category", "Unit")]
public sealed class ConnectionRecordTests
{
    private static readonly KandyServerOptions Server = new() { Host = "h" };

    [Fact]
    public void PasswordIsBasicOfUsernameAndPassword()
    {
        var record = ConnectionRecord.From(new KandyPasswordCredential("alice@kandy.test", "pä ss"), Server);
        Assert.Equal(CredentialMode.Password, record.Mode);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice@kandy.test:pä ss")), record.Headers["Authorization"]);
        Assert.Equal("application/json", record.Headers["Content-Type"]);
        Assert.Equal("application/json", record.Headers["Accept"]);
        Assert.Null(record.QueryToken);
    }

    [Fact]
    public void AuthNameReplacesTheUserNameInsideBasicOnly()
    {
        var record = ConnectionRecord.From(new KandyPasswordCredential("alice@kandy.test", "pw", "auth-alice"), Server);
        Assert.Equal(CredentialMode.AuthNamePassword, record.Mode);
        Assert.Equal("alice@kandy.test", record.Username);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("auth-alice:pw")), record.Headers["Authorization"]);
    }

    [Fact]
    public void BearerAndCimAndHmacDecorateAsTheSdk()
    {
        var bearer = ConnectionRecord.From(new KandyBearerTokenCredential("u", "b-tok"), Server);
        Assert.Equal("Bearer b-tok", bearer.Headers["Authorization"]);

        var cim = ConnectionRecord.From(new KandyAccessTokenCredential("u", "c-tok"), Server);
        Assert.False(cim.Headers.ContainsKey("Authorization"));
        Assert.Equal("c-tok", cim.QueryToken);

        var hmac = ConnectionRecord.From(new KandyHmacCredential("u", "h-tok"), Server);
        Assert.Equal("h-tok", hmac.Headers["x-token"]);
        var swapped = hmac.WithSession("sess-1");
        Assert.False(swapped.Headers.ContainsKey("x-token"));
        Assert.Equal("sess-1", swapped.Headers["x-session"]);
    }

    [Fact]
    public void UpdateTokenReplacesTheBearerOrTheQueryToken()
    {
        var bearer = ConnectionRecord.From(new KandyBearerTokenCredential("u", "old"), Server).WithToken(new KandyBearerTokenCredential("u", "new"), true);
        Assert.Equal("Bearer new", bearer.Headers["Authorization"]);
        Assert.True(bearer.HasRefreshToken);

        var cim = ConnectionRecord.From(new KandyAccessTokenCredential("u", "old"), Server).WithToken(new KandyAccessTokenCredential("u", "new"), false);
        Assert.Equal("new", cim.QueryToken);
    }

    [Fact]
    public void TextFormsNeverShowSecrets()
    {
        var credential = new KandyPasswordCredential("alice", "s3cret-pw");
        Assert.DoesNotContain("s3cret-pw", credential.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", ConnectionRecord.From(credential, Server).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok-123", new KandyBearerTokenCredential("a", "tok-123").ToString(), StringComparison.Ordinal);
    }
}
