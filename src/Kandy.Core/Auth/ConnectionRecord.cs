// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using Kandy.Core.Configuration;

namespace Kandy.Core.Auth;

/// <summary>
/// What <c>setCredentials</c> stores: the server captured at that time, the user name and the decoration
/// (headers and CIM query token) applied to every REST request. Immutable; changes make a new record.
/// </summary>
internal sealed record ConnectionRecord(
    CredentialMode Mode,
    string Username,
    KandyServerOptions Server,
    IReadOnlyDictionary<string, string> Headers,
    string? BearerAccessToken,
    string? AccessToken,
    bool HasRefreshToken)
{
    public const string ContentType = "application/json";

    public static ConnectionRecord From(KandyCredential credential, KandyServerOptions server)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = ContentType,
            ["Accept"] = ContentType,
        };
        var username = credential.Username ?? string.Empty;
        switch (credential)
        {
            case KandyHmacCredential hmac:
                headers["x-token"] = hmac.HmacToken;
                return new(CredentialMode.Hmac, username, server, headers, null, null, false);
            case KandyAccessTokenCredential cim:
                return new(CredentialMode.AccessToken, username, server, headers, null, cim.AccessToken, false);
            case KandyPasswordCredential { AuthName: { Length: > 0 } authName } withAuthName:
                headers["Authorization"] = Basic(authName, withAuthName.Password);
                return new(CredentialMode.AuthNamePassword, username, server, headers, null, null, false);
            case KandyBearerTokenCredential bearer:
                headers["Authorization"] = "Bearer " + bearer.BearerAccessToken;
                return new(CredentialMode.Bearer, username, server, headers, bearer.BearerAccessToken, null, false);
            case KandyPasswordCredential password:
                headers["Authorization"] = Basic(username, password.Password);
                return new(CredentialMode.Password, username, server, headers, null, null, false);
            default:
                throw new KandyException(KandyErrorCode.InvalidCredentials, "This credentials signature is not valid.");
        }
    }

    /// <summary>Gets the CIM token that goes into every REST query string, if any.</summary>
    public string? QueryToken => Mode == CredentialMode.AccessToken ? AccessToken : null;

    /// <summary>The HMAC swap of §4.3: <c>x-token</c> is replaced by <c>x-session</c>.</summary>
    public ConnectionRecord WithSession(string sessionId)
    {
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        headers.Remove("x-token");
        headers["x-session"] = sessionId;
        return this with { Headers = headers };
    }

    /// <summary>The decoration change of <c>updateToken</c> (§4.4).</summary>
    public ConnectionRecord WithToken(KandyCredential credential, bool hasRefreshToken)
    {
        switch (credential)
        {
            case KandyBearerTokenCredential bearer:
                var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase)
                {
                    ["Authorization"] = "Bearer " + bearer.BearerAccessToken,
                };
                return this with { Headers = headers, BearerAccessToken = bearer.BearerAccessToken, HasRefreshToken = hasRefreshToken };
            case KandyAccessTokenCredential cim:
                return this with { AccessToken = cim.AccessToken, HasRefreshToken = hasRefreshToken };
            default:
                return this with { HasRefreshToken = hasRefreshToken };
        }
    }

    /// <summary>The redacted form used in logs and debugger views.</summary>
    public override string ToString() => $"ConnectionRecord({Mode}, {Username})";

    private static string Basic(string name, string password) =>
        "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(name + ":" + password));
}
