// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using System.Net;
using System.Security;
using Kandy.Core.Auth;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Update-KandyToken: gives a session a new access or HMAC token without reconnecting.</summary>
[Cmdlet(VerbsData.Update, "KandyToken", SupportsShouldProcess = true, DefaultParameterSetName = AccessTokenSet)]
[OutputType(typeof(KandySession))]
public sealed class UpdateKandyTokenCommand : KandySessionCmdlet
{
    private const string AccessTokenSet = "AccessToken";
    private const string HmacTokenSet = "HmacToken";

    /// <summary>The new OAuth access token.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = AccessTokenSet)]
    public SecureString AccessToken { get; set; } = new();

    /// <summary>A refresh token to keep with the access token.</summary>
    [Parameter(ParameterSetName = AccessTokenSet)]
    public SecureString? RefreshToken { get; set; }

    /// <summary>The new HMAC token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = HmacTokenSet)]
    public SecureString HmacToken { get; set; } = new();

    /// <summary>Write the session to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        if (!await ShouldProcessAsync(CurrentSession.ToString(), "Update token").ConfigureAwait(false))
        {
            return;
        }

        KandyCredential credential = ParameterSetName == HmacTokenSet
            ? new KandyHmacCredential(CurrentSession.UserName, Reveal(HmacToken))
            : new KandyAccessTokenCredential(CurrentSession.UserName, Reveal(AccessToken));
        CurrentSession.Client.UpdateToken(credential, RefreshToken is null ? null : Reveal(RefreshToken));
        if (PassThru)
        {
            Emit(CurrentSession);
        }
    }

    private static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}
