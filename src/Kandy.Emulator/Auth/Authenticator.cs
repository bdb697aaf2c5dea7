// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Net.Http.Headers;
using System.Text;
using Kandy.Emulator.Http;
using Kandy.Emulator.Users;

namespace Kandy.Emulator.Auth;

/// <summary>
/// Authenticates REST requests from their decoration (01-session.md §4.2, §4.7) and answers failures the
/// way Link does: 401, or 403 with HTML or with status code 4, 27 or 65.
/// </summary>
internal sealed class Authenticator(UserDirectory users, TokenStore tokens, ISessionLookup sessions)
{
    public const string ModeItem = "kandy.credentialMode";
    public const string UserItem = "kandy.user";

    public AuthResult Authenticate(HttpContext context, string pathUser, string wrapper)
    {
        var result = Check(context.Request, wrapper);
        if (result.Failure is null && !string.Equals(result.User!.UserName, pathUser, StringComparison.OrdinalIgnoreCase))
        {
            // Valid credentials for someone else: Link refuses with a generic authentication failure.
            result = AuthResult.Fail(result.Mode, KandyResults.Error(403, wrapper, LinkStatus.AuthenticationFailure));
        }

        context.Items[ModeItem] = result.Mode;
        if (result.User is not null)
        {
            context.Items[UserItem] = result.User.UserName;
        }

        return result;
    }

    private AuthResult Check(HttpRequest request, string wrapper)
    {
        if (request.Headers.TryGetValue("x-session", out var session))
        {
            var owner = sessions.FindSessionUser(session.ToString());
            var user = owner is null ? null : users.Find(owner);
            return user is null
                ? AuthResult.Fail(CredentialMode.Session, KandyResults.Error(401, wrapper, LinkStatus.AuthenticationFailure))
                : new AuthResult(user, CredentialMode.Session, null, null);
        }

        if (request.Headers.TryGetValue("x-token", out var hmac))
        {
            return CheckToken(hmac.ToString(), TokenKind.Hmac, CredentialMode.Hmac, wrapper);
        }

        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header))
        {
            if (string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                return CheckToken(header.Parameter ?? string.Empty, TokenKind.Bearer, CredentialMode.Bearer, wrapper);
            }

            if (string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
            {
                return CheckBasic(header.Parameter ?? string.Empty, wrapper);
            }
        }

        if (request.Query.TryGetValue("token", out var access))
        {
            return CheckToken(access.ToString(), TokenKind.Access, CredentialMode.AccessToken, wrapper);
        }

        return AuthResult.Fail(CredentialMode.None, KandyResults.Error(401, wrapper, LinkStatus.AuthenticationFailure));
    }

    private AuthResult CheckBasic(string encoded, string wrapper)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            return AuthResult.Fail(CredentialMode.Basic, KandyResults.Error(401, wrapper, LinkStatus.AuthenticationFailure));
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? decoded : decoded[..colon];
        var password = colon < 0 ? string.Empty : decoded[(colon + 1)..];
        var user = users.Find(name);
        if (user is null)
        {
            return AuthResult.Fail(CredentialMode.Basic, KandyResults.ForbiddenHtml());
        }

        return string.Equals(user.Password, password, StringComparison.Ordinal)
            ? new AuthResult(user, CredentialMode.Basic, null, null)
            : AuthResult.Fail(CredentialMode.Basic, KandyResults.Error(403, wrapper, LinkStatus.WrongPassword));
    }

    private AuthResult CheckToken(string text, TokenKind kind, CredentialMode mode, string wrapper)
    {
        var token = tokens.Find(text);
        if (token is null || token.Kind != kind || token.Revoked)
        {
            return AuthResult.Fail(mode, KandyResults.Error(401, wrapper, LinkStatus.AuthenticationFailure));
        }

        if (tokens.IsExpired(token))
        {
            return AuthResult.Fail(mode, KandyResults.Error(403, wrapper, LinkStatus.TokenExpired));
        }

        var user = users.Find(token.UserName);
        return user is null
            ? AuthResult.Fail(mode, KandyResults.ForbiddenHtml())
            : new AuthResult(user, mode, text, null);
    }
}
