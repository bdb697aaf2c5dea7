// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.Core;
using Kandy.PowerShell.Models;

namespace Kandy.PowerShell.Commands;

/// <summary>Set-KandyConfiguration: changes a session's configuration (the SDK's updateConfig).</summary>
[Cmdlet(VerbsCommon.Set, "KandyConfiguration", SupportsShouldProcess = true)]
[OutputType(typeof(KandyConfiguration))]
public sealed class SetKandyConfigurationCommand : KandySessionCmdlet
{
    /// <summary>The lowest level of engine log entries the session records.</summary>
    [Parameter]
    public Models.KandyLogLevel? LogLevel { get; set; }

    /// <summary>Subscription lifetime requested at the next subscribe.</summary>
    [Parameter]
    public TimeSpan? SubscriptionExpires { get; set; }

    /// <summary>Extra subscribe attempts while the server answers 503.</summary>
    [Parameter]
    [ValidateRange(0, 100)]
    public int? ServiceUnavailableMaxRetries { get; set; }

    /// <summary>Interval between keepalive messages.</summary>
    [Parameter]
    public TimeSpan? PingInterval { get; set; }

    /// <summary>Attempts per reconnect cycle (0 = unlimited).</summary>
    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int? ReconnectLimit { get; set; }

    /// <summary>Base delay between reconnect attempts.</summary>
    [Parameter]
    public TimeSpan? ReconnectDelay { get; set; }

    /// <summary>Delay multiplier per failed attempt.</summary>
    [Parameter]
    [ValidateRange(1.0, 100.0)]
    public double? ReconnectTimeMultiplier { get; set; }

    /// <summary>Upper bound of the reconnect delay.</summary>
    [Parameter]
    public TimeSpan? ReconnectTimeLimit { get; set; }

    /// <summary>Whether a lost socket is reopened automatically.</summary>
    [Parameter]
    public bool? AutoReconnect { get; set; }

    /// <summary>Missed pings after which the socket counts as lost.</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? MaxMissedPings { get; set; }

    /// <summary>Recent notification ids remembered for de-duplication (0 disables it).</summary>
    [Parameter]
    [ValidateRange(0, 100000)]
    public int? IdCacheLength { get; set; }

    /// <summary>Whether requests carry the agent version header.</summary>
    [Parameter]
    public bool? InjectAgentVersionHeader { get; set; }

    /// <summary>Text appended to the agent version header.</summary>
    [Parameter]
    [AllowEmptyString]
    public string? AgentVersionHeaderSuffix { get; set; }

    /// <summary>Write the new configuration to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override async Task ProcessSessionAsync(CancellationToken cancellationToken)
    {
        var changed = string.Join(", ", MyInvocation.BoundParameters.Keys.Where(k =>
            k is not nameof(Session) and not nameof(PassThru) && !CommonParameters.Contains(k) && !OptionalCommonParameters.Contains(k)));
        if (changed.Length > 0 && !await ShouldProcessAsync(CurrentSession.ToString(), $"Set {changed}").ConfigureAwait(false))
        {
            return;
        }

        if (LogLevel is { } level)
        {
            CurrentSession.Sink.Level = (Kandy.Core.Logging.KandyLogLevel)(int)level;
        }

        CurrentSession.Client.UpdateOptions(Apply);
        if (PassThru)
        {
            Emit(new KandyConfiguration(CurrentSession, CurrentSession.Client.GetOptions()));
        }
    }

    private void Apply(KandyClientOptions options)
    {
        if (LogLevel is { } level)
        {
            options.LogLevel = (Kandy.Core.Logging.KandyLogLevel)(int)level;
        }

        options.Subscription.Expires = SubscriptionExpires ?? options.Subscription.Expires;
        options.Subscription.ServiceUnavailableMaxRetries = ServiceUnavailableMaxRetries ?? options.Subscription.ServiceUnavailableMaxRetries;
        var connectivity = options.Connectivity;
        connectivity.PingInterval = PingInterval ?? connectivity.PingInterval;
        connectivity.ReconnectLimit = ReconnectLimit ?? connectivity.ReconnectLimit;
        connectivity.ReconnectDelay = ReconnectDelay ?? connectivity.ReconnectDelay;
        connectivity.ReconnectTimeMultiplier = ReconnectTimeMultiplier ?? connectivity.ReconnectTimeMultiplier;
        connectivity.ReconnectTimeLimit = ReconnectTimeLimit ?? connectivity.ReconnectTimeLimit;
        connectivity.AutoReconnect = AutoReconnect ?? connectivity.AutoReconnect;
        connectivity.MaxMissedPings = MaxMissedPings ?? connectivity.MaxMissedPings;
        options.Notifications.IdCacheLength = IdCacheLength ?? options.Notifications.IdCacheLength;
        options.Request.InjectAgentVersionHeader = InjectAgentVersionHeader ?? options.Request.InjectAgentVersionHeader;
        options.Request.CustomAgentVersionHeaderSuffix = AgentVersionHeaderSuffix ?? options.Request.CustomAgentVersionHeaderSuffix;
    }
}
