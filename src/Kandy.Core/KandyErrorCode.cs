// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core;

/// <summary>
/// The error codes of the Kandy Link JavaScript SDK 5.2.0 (its <c>BasicError.code</c> values).
/// </summary>
/// <remarks>
/// <see cref="KandyErrorCodes.ToSdkCode(KandyErrorCode)"/> gives the SDK's text form, e.g. <c>"authentication:4"</c>.
/// Protocol reference: 01-session.md §10.2.
/// </remarks>
public enum KandyErrorCode
{
    /// <summary>No code was given (<c>NO_CODE</c>).</summary>
    None = 0,

    /// <summary><c>authentication:1</c>: invalid credentials or a credential rejection by the server.</summary>
    InvalidCredentials,

    /// <summary><c>authentication:2</c>: unused by Link.</summary>
    ConnectFailWebSocketError,

    /// <summary><c>authentication:3</c>: unsubscribe without a matching subscription.</summary>
    LinkUnsubscribeFail,

    /// <summary><c>authentication:4</c>: the subscribe request failed.</summary>
    LinkSubscribeFail,

    /// <summary><c>authentication:5</c>: unused by Link.</summary>
    LinkExtendSubscriptionFail,

    /// <summary><c>authentication:6</c>: a refresh or update of the subscription failed.</summary>
    LinkUpdateSubscriptionFail,

    /// <summary><c>authentication:7</c>: UC platform only.</summary>
    UCSubscribeFail,

    /// <summary><c>authentication:8</c>: UC platform only.</summary>
    UCRefreshTokenFail,

    /// <summary><c>authentication:9</c>: UC platform only.</summary>
    UCCreateTokenFail,

    /// <summary><c>authentication:10</c>: UC platform only.</summary>
    UCExtendSubscriptionFail,

    /// <summary><c>authentication:11</c>: UC platform only.</summary>
    UCDisconnectFail,

    /// <summary><c>authentication:12</c>: connect without configured services.</summary>
    MissingService,

    /// <summary><c>authentication:13</c>: the subscribe request was still refused with 503 after all retries.</summary>
    LinkSubscribeUnavailable,

    /// <summary><c>subscription:1</c>: the notification WebSocket could not be opened.</summary>
    WebSocketConnectionError,

    /// <summary><c>subscription:2</c>: CPaaS only.</summary>
    CpaasWebSocketRequestFail,

    /// <summary><c>subscription:3</c>: CPaaS only.</summary>
    CpaasWebSocketRevokeFail,

    /// <summary><c>subscription:4</c>: CPaaS only.</summary>
    CpaasWebSocketRefreshFail,

    /// <summary><c>subscription:5</c>: CPaaS only.</summary>
    CpaasServiceSubscribeFail,

    /// <summary><c>subscription:6</c>: CPaaS only.</summary>
    CpaasServiceUnsubscribeFail,

    /// <summary><c>subscription:7</c>: CPaaS only.</summary>
    CpaasUnsubscribeFail,

    /// <summary><c>connectivity:1</c>: a connectivity message could not be sent.</summary>
    WebSocketMessageError,

    /// <summary>The numeric code <c>39</c>: the subscription no longer exists on the server.</summary>
    SubscriptionGone,

    /// <summary><c>call:1</c>.</summary>
    CallUnknownError,

    /// <summary><c>call:2</c>.</summary>
    CallGenericError,

    /// <summary><c>call:3</c>.</summary>
    CallInitMediaFailed,

    /// <summary><c>call:4</c>.</summary>
    CallUserMediaError,

    /// <summary><c>call:5</c>.</summary>
    CallNotSupported,

    /// <summary><c>call:6</c>.</summary>
    CallInvalidState,

    /// <summary><c>call:7</c>.</summary>
    CallInvalidParam,

    /// <summary><c>call:8</c>.</summary>
    CallStateDesync,

    /// <summary><c>call:9</c>.</summary>
    CallInvalidOffer,

    /// <summary><c>call:10</c>.</summary>
    CallNoIceCandidates,

    /// <summary><c>call:11</c>.</summary>
    CallSessionMismatch,

    /// <summary><c>callHistory:1</c>.</summary>
    CallHistoryUnknownError,

    /// <summary><c>callHistory:2</c>.</summary>
    CallHistoryBadRequest,

    /// <summary><c>callHistory:3</c>.</summary>
    CallHistoryNotFound,

    /// <summary><c>callHistory:4</c>.</summary>
    CallHistoryNotAuthenticated,

    /// <summary><c>callHistory:5</c>.</summary>
    CallHistoryForbidden,

    /// <summary><c>clickToCall:1</c>.</summary>
    ClickToCallMissingArgs,

    /// <summary><c>clickToCall:2</c>.</summary>
    ClickToCallResponseError,

    /// <summary><c>messaging:5</c>.</summary>
    MessagingSendMessageFail,

    /// <summary><c>messaging:9</c>.</summary>
    MessagingInvalidDestination,

    /// <summary><c>mwi:1</c>.</summary>
    MwiFetchFail,

    /// <summary><c>sipEvents:1</c>.</summary>
    SipEventsUnknownError,

    /// <summary><c>sipEvents:2</c>.</summary>
    SipEventsNotProvisioned,

    /// <summary><c>sipEvents:3</c>.</summary>
    SipEventsNotSubscribed,

    /// <summary><c>presence:1</c>.</summary>
    PresenceInvalidStatus,

    /// <summary><c>presence:2</c>.</summary>
    PresenceInvalidActivity,

    /// <summary><c>presence:3</c>.</summary>
    PresenceInvalidRequest,

    /// <summary><c>presence:4</c>.</summary>
    PresenceInvalidParam,

    /// <summary><c>users:1</c>.</summary>
    UsersUnknown,

    /// <summary><c>users:2</c>.</summary>
    UsersRefreshContactsFail,

    /// <summary><c>users:3</c>.</summary>
    UsersDirectoryRequestFail,

    /// <summary><c>users:4</c>.</summary>
    UsersInvalidParam,
}
