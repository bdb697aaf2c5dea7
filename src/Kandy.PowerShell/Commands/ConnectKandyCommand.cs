// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using System.Net;
using System.Security;
using Kandy.Core;
using Kandy.Core.Auth;
using Kandy.Core.Subscriptions;
using Kandy.PowerShell.Completers;
using Kandy.PowerShell.Errors;
using Kandy.PowerShell.Eventing;
using Kandy.PowerShell.Logging;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Connect-Kandy: signs a user in, subscribes to services, opens the notification WebSocket.</summary>
[Cmdlet(VerbsCommunications.Connect, "Kandy", DefaultParameterSetName = CredentialSet)]
[OutputType(typeof(KandySession))]
public sealed class ConnectKandyCommand : KandyCmdlet
{
    private const string CredentialSet = "Credential";
    private const string AccessTokenSet = "AccessToken";
    private const string HmacTokenSet = "HmacToken";

    /// <summary>Base URI of the server, e.g. <c>https://link.example.com</c> or an emulator's <c>Uri</c>.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNull]
    public Uri? Uri { get; set; }

    /// <summary>Host name of the server (instead of -Uri).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Server { get; set; }

    /// <summary>Port of the server (with -Server).</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int Port { get; set; } = 443;

    /// <summary>http or https (with -Server).</summary>
    [Parameter]
    [ValidateSet("https", "http")]
    public string Protocol { get; set; } = "https";

    /// <summary>User name and password.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = CredentialSet)]
    [Credential]
    public PSCredential Credential { get; set; } = PSCredential.Empty;

    /// <summary>The user the token belongs to.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    [Parameter(Mandatory = true, ParameterSetName = HmacTokenSet)]
    [ValidateNotNullOrEmpty]
    public string UserName { get; set; } = string.Empty;

    /// <summary>An OAuth access token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
    public SecureString AccessToken { get; set; } = new();

    /// <summary>An HMAC token.</summary>
    [Parameter(Mandatory = true, ParameterSetName = HmacTokenSet)]
    public SecureString HmacToken { get; set; } = new();

    /// <summary>The services to subscribe to.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    public string[] Service { get; set; } = [.. KandySubscriptionInfo.AvailableServices];

    /// <summary>The lowest level of engine log entries written to the Debug/Verbose/Warning streams.</summary>
    [Parameter]
    public Models.KandyLogLevel LogLevel { get; set; } = Models.KandyLogLevel.Info;

    /// <summary>A file that receives the session's log.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? LogPath { get; set; }

    /// <summary>Accept any TLS certificate (for an emulator started with -Https).</summary>
    [Parameter]
    public SwitchParameter SkipCertificateCheck { get; set; }

    /// <summary>Ends other sessions of the same user on the server.</summary>
    [Parameter]
    public SwitchParameter ForceLogOut { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessRecordAsync(CancellationToken cancellationToken)
    {
        var server = ResolveServer();
        var credential = CreateCredential(out var userName);
        var logPath = LogPath is null ? null : GetUnresolvedProviderPathFromPSPath(LogPath);
        var sink = new PipelineLogSink((Kandy.Core.Logging.KandyLogLevel)(int)LogLevel, logPath);
        sink.Attach(this);
        var options = CreateOptions(server, sink);
        var client = new KandyClient(options);
        var session = new KandySession(client, userName, server, sink, logPath, CallerRunspaceId);

        // Before connecting, so that the auth:change, ws:change and subscription:change of the connect are raised too.
        session.Forward(new KandyEventForwarder(session, client, Events));
        try
        {
            await client.ConnectAsync(credential, new KandySubscribeOptions { ForceLogOut = ForceLogOut }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            sink.Detach(this);
            await session.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            if (KandyErrors.IsEngineError(ex))
            {
                throw Fail(KandyErrors.ToErrorRecord(ex, userName));
            }

            throw;
        }
        finally
        {
            sink.Detach(this);
        }

        SessionRegistry.Add(session);
        Emit(session);
    }

    private Uri ResolveServer()
    {
        if ((Uri is null) == (Server is null))
        {
            throw Fail(KandyErrors.Create(KandyErrors.InvalidArgument, "Give the server either as -Uri or as -Server (with -Port and -Protocol).", null));
        }

        if (Uri is not null)
        {
            if (!Uri.IsAbsoluteUri || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
            {
                throw Fail(KandyErrors.Create(KandyErrors.InvalidArgument, $"'{Uri}' is not an absolute http or https URI.", Uri));
            }

            return Uri;
        }

        return new UriBuilder(Protocol, Server, Port).Uri;
    }

    private KandyCredential CreateCredential(out string userName)
    {
        switch (ParameterSetName)
        {
            case AccessTokenSet:
                userName = UserName;
                return new KandyAccessTokenCredential(UserName, Reveal(AccessToken));
            case HmacTokenSet:
                userName = UserName;
                return new KandyHmacCredential(UserName, Reveal(HmacToken));
            default:
                userName = Credential.UserName;
                var password = Credential.GetNetworkCredential().Password;
                if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
                {
                    throw Fail(KandyErrors.Create(KandyErrors.InvalidArgument, "The credential needs a user name and a password.", userName));
                }

                return new KandyPasswordCredential(userName, password);
        }
    }

    private KandyClientOptions CreateOptions(Uri server, PipelineLogSink sink)
    {
        var options = new KandyClientOptions
        {
            LogLevel = sink.Level,
            LogSink = sink,
        };

        // REST and the notification socket on one origin; an http server (an emulator, a lab) gets a ws socket.
        options.UseServer(server);
        foreach (var service in Service)
        {
            options.Authentication.Services.Add(service);
        }

        if (SkipCertificateCheck)
        {
#pragma warning disable CA5359 // The user asked for it explicitly, as with Invoke-RestMethod -SkipCertificateCheck.
            options.ServerCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        return options;
    }

    private static string Reveal(SecureString secret) => new NetworkCredential(string.Empty, secret).Password;
}
