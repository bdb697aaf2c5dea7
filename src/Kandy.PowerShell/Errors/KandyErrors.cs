// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Management.Automation;
using Kandy.Core;

namespace Kandy.PowerShell.Errors;

/// <summary>
/// The one map from engine failures to ErrorRecords: a stable id per <see cref="KandyErrorCode"/>, a category,
/// the input as target and a recommended action. Messages come from the engine, which keeps secrets out of them.
/// </summary>
internal static class KandyErrors
{
    private const string CheckServer = "Check that the server is reachable (Get-KandyConnection) and try again.";

    /// <summary>Used when no session exists.</summary>
    public static readonly KandyErrorKind NoSession =
        new("KandyNoSession", ErrorCategory.ConnectionError, "Run Connect-Kandy first, or pass -Session.");

    /// <summary>Used when the given session was disconnected.</summary>
    public static readonly KandyErrorKind SessionClosed =
        new("KandySessionClosed", ErrorCategory.InvalidOperation, "Run Connect-Kandy to open a new session.");

    /// <summary>Used when a session id matches no session.</summary>
    public static readonly KandyErrorKind SessionNotFound =
        new("KandySessionNotFound", ErrorCategory.ObjectNotFound, "Run Get-KandySession to list the open sessions.");

    /// <summary>Used when the emulator could not start.</summary>
    public static readonly KandyErrorKind EmulatorStartFailed =
        new("KandyEmulatorStartFailed", ErrorCategory.OpenError, "Run Build (dotnet pwsh ./build.ps1 Build) so that the emulator is in the module folder, and check that .NET 8 or later is installed.");

    /// <summary>Used when arguments cannot be combined or are invalid.</summary>
    public static readonly KandyErrorKind InvalidArgument =
        new("KandyInvalidArgument", ErrorCategory.InvalidArgument, "Check the parameter values (Get-Help <cmdlet> -Parameter *).");

    /// <summary>Used when an event subscription id matches nothing.</summary>
    public static readonly KandyErrorKind EventSubscriptionNotFound =
        new("KandyEventSubscriptionNotFound", ErrorCategory.ObjectNotFound, "Run Get-EventSubscriber to list the registered Kandy events.");

    private static readonly KandyErrorKind Unexpected =
        new("KandyUnexpectedError", ErrorCategory.InvalidResult, "Run the command again with -Debug and report the output if it persists.");

    /// <summary>Whether an exception came from the engine (and so has a stable mapping).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns><c>true</c> for <see cref="KandyException"/> and timeouts.</returns>
    public static bool IsEngineError(Exception exception) => exception is KandyException or TimeoutException or HttpRequestException;

    /// <summary>Builds the ErrorRecord for an engine failure.</summary>
    /// <param name="exception">The failure.</param>
    /// <param name="target">The input the failure is about.</param>
    /// <returns>An ErrorRecord with a stable id, a category and a recommended action.</returns>
    public static ErrorRecord ToErrorRecord(Exception exception, object? target)
    {
        var kind = exception switch
        {
            KandyException kandy => For(kandy),
            TimeoutException => new KandyErrorKind("KandyTimeout", ErrorCategory.OperationTimeout, CheckServer),
            HttpRequestException => new KandyErrorKind("KandyServerUnreachable", ErrorCategory.ConnectionError, CheckServer),
            _ => Unexpected,
        };
        return Create(kind, exception, target);
    }

    /// <summary>Builds an ErrorRecord of a known kind.</summary>
    /// <param name="kind">The id, category and advice.</param>
    /// <param name="message">The message; must not contain secrets.</param>
    /// <param name="target">The input the error is about.</param>
    /// <returns>The ErrorRecord.</returns>
    public static ErrorRecord Create(KandyErrorKind kind, string message, object? target) =>
        Create(kind, new InvalidOperationException(message), target);

    /// <summary>Builds an ErrorRecord of a known kind around an exception.</summary>
    /// <param name="kind">The id, category and advice.</param>
    /// <param name="exception">The exception; its message must not contain secrets.</param>
    /// <param name="target">The input the error is about.</param>
    /// <returns>The ErrorRecord.</returns>
    public static ErrorRecord Create(KandyErrorKind kind, Exception exception, object? target) =>
        new(exception, kind.Id, kind.Category, target)
        {
            ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = kind.RecommendedAction },
        };

    /// <summary>The id, category and advice of an engine error code.</summary>
    /// <param name="exception">The engine failure.</param>
    /// <returns>The mapping.</returns>
    internal static KandyErrorKind For(KandyException exception)
    {
        // Kandy Link refuses credentials with 401 or 403 whatever the operation (wrong password, expired token),
        // and the SDK reports it under the operation's code: the status is what tells the user what to fix.
        if (exception.HttpStatus is 401 or 403)
        {
            return Auth;
        }

        return exception.Code switch
        {
            KandyErrorCode.InvalidCredentials => Auth,
            KandyErrorCode.UCRefreshTokenFail or KandyErrorCode.UCCreateTokenFail =>
                new("KandyTokenFailed", ErrorCategory.AuthenticationError, "Get a new token and run Update-KandyToken."),
            KandyErrorCode.LinkSubscribeFail or KandyErrorCode.UCSubscribeFail or KandyErrorCode.CpaasServiceSubscribeFail =>
                new("KandySubscribeFailed", ErrorCategory.ConnectionError, CheckServer),
            KandyErrorCode.LinkSubscribeUnavailable =>
                new("KandyServiceUnavailable", ErrorCategory.ResourceUnavailable, "The server is busy; try again later."),
            KandyErrorCode.LinkUnsubscribeFail or KandyErrorCode.UCDisconnectFail or KandyErrorCode.CpaasUnsubscribeFail or KandyErrorCode.CpaasServiceUnsubscribeFail =>
                new("KandyUnsubscribeFailed", ErrorCategory.CloseError, CheckServer),
            KandyErrorCode.LinkExtendSubscriptionFail or KandyErrorCode.LinkUpdateSubscriptionFail or KandyErrorCode.UCExtendSubscriptionFail =>
                new("KandySubscriptionUpdateFailed", ErrorCategory.ConnectionError, CheckServer),
            KandyErrorCode.SubscriptionGone =>
                new("KandySubscriptionGone", ErrorCategory.ConnectionError, "Run Connect-Kandy again."),
            KandyErrorCode.MissingService =>
                new("KandyMissingService", ErrorCategory.ResourceUnavailable, "Run Get-KandyService to see which services the server granted."),
            KandyErrorCode.ConnectFailWebSocketError or KandyErrorCode.WebSocketConnectionError or KandyErrorCode.CpaasWebSocketRequestFail =>
                new("KandyWebSocketFailed", ErrorCategory.ConnectionError, "Check that the WebSocket port is reachable, then run Reset-KandyConnection."),
            KandyErrorCode.WebSocketMessageError =>
                new("KandyWebSocketMessageFailed", ErrorCategory.ProtocolError, CheckServer),
            KandyErrorCode.CallInvalidState or KandyErrorCode.CallStateDesync =>
                new("KandyCallInvalidState", ErrorCategory.InvalidOperation, "Run Get-KandyCall to see the call's state."),
            KandyErrorCode.CallInvalidParam or KandyErrorCode.PresenceInvalidParam or KandyErrorCode.UsersInvalidParam
                or KandyErrorCode.PresenceInvalidStatus or KandyErrorCode.PresenceInvalidActivity or KandyErrorCode.ClickToCallMissingArgs =>
                new("KandyInvalidArgument", ErrorCategory.InvalidArgument, "Check the parameter values (Get-Help <cmdlet> -Parameter *)."),
            KandyErrorCode.CallHistoryNotFound =>
                new("KandyCallHistoryNotFound", ErrorCategory.ObjectNotFound, "Run Get-KandyCallHistory -Refresh."),
            KandyErrorCode.CallHistoryNotAuthenticated or KandyErrorCode.CallHistoryForbidden =>
                Auth,
            KandyErrorCode.SipEventsNotProvisioned or KandyErrorCode.SipEventsNotSubscribed =>
                new("KandySipEventNotAvailable", ErrorCategory.ResourceUnavailable, "Run Get-KandySipEvent to see the subscribed SIP events."),
            KandyErrorCode.CallNoIceCandidates or KandyErrorCode.CallInitMediaFailed =>
                new("KandyMediaFailed", ErrorCategory.ConnectionError, "Check the network path to the media servers (TURN/STUN)."),
            KandyErrorCode.CallNotSupported =>
                new("KandyNotSupported", ErrorCategory.NotImplemented, "This operation is not available for this call."),
            _ => exception.HttpStatus is { } status
                ? new("KandyRequestFailed", status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.InvalidOperation, CheckServer)
                : new("KandyOperationFailed", ErrorCategory.InvalidOperation, CheckServer),
        };
    }

    private static KandyErrorKind Auth { get; } =
        new("KandyAuthenticationFailed", ErrorCategory.AuthenticationError, "Check the user name and password (or token) and run Connect-Kandy again.");
}
