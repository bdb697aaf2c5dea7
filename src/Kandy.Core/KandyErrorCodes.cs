// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Core;

/// <summary>Converts <see cref="KandyErrorCode"/> values to and from the SDK's text codes.</summary>
public static class KandyErrorCodes
{
    private static readonly Dictionary<KandyErrorCode, string> Texts = new()
    {
        [KandyErrorCode.None] = "NO_CODE",
        [KandyErrorCode.InvalidCredentials] = "authentication:1",
        [KandyErrorCode.ConnectFailWebSocketError] = "authentication:2",
        [KandyErrorCode.LinkUnsubscribeFail] = "authentication:3",
        [KandyErrorCode.LinkSubscribeFail] = "authentication:4",
        [KandyErrorCode.LinkExtendSubscriptionFail] = "authentication:5",
        [KandyErrorCode.LinkUpdateSubscriptionFail] = "authentication:6",
        [KandyErrorCode.UCSubscribeFail] = "authentication:7",
        [KandyErrorCode.UCRefreshTokenFail] = "authentication:8",
        [KandyErrorCode.UCCreateTokenFail] = "authentication:9",
        [KandyErrorCode.UCExtendSubscriptionFail] = "authentication:10",
        [KandyErrorCode.UCDisconnectFail] = "authentication:11",
        [KandyErrorCode.MissingService] = "authentication:12",
        [KandyErrorCode.LinkSubscribeUnavailable] = "authentication:13",
        [KandyErrorCode.WebSocketConnectionError] = "subscription:1",
        [KandyErrorCode.CpaasWebSocketRequestFail] = "subscription:2",
        [KandyErrorCode.CpaasWebSocketRevokeFail] = "subscription:3",
        [KandyErrorCode.CpaasWebSocketRefreshFail] = "subscription:4",
        [KandyErrorCode.CpaasServiceSubscribeFail] = "subscription:5",
        [KandyErrorCode.CpaasServiceUnsubscribeFail] = "subscription:6",
        [KandyErrorCode.CpaasUnsubscribeFail] = "subscription:7",
        [KandyErrorCode.WebSocketMessageError] = "connectivity:1",
        [KandyErrorCode.SubscriptionGone] = "39",
        [KandyErrorCode.CallUnknownError] = "call:1",
        [KandyErrorCode.CallGenericError] = "call:2",
        [KandyErrorCode.CallInitMediaFailed] = "call:3",
        [KandyErrorCode.CallUserMediaError] = "call:4",
        [KandyErrorCode.CallNotSupported] = "call:5",
        [KandyErrorCode.CallInvalidState] = "call:6",
        [KandyErrorCode.CallInvalidParam] = "call:7",
        [KandyErrorCode.CallStateDesync] = "call:8",
        [KandyErrorCode.CallInvalidOffer] = "call:9",
        [KandyErrorCode.CallNoIceCandidates] = "call:10",
        [KandyErrorCode.CallSessionMismatch] = "call:11",
        [KandyErrorCode.CallHistoryUnknownError] = "callHistory:1",
        [KandyErrorCode.CallHistoryBadRequest] = "callHistory:2",
        [KandyErrorCode.CallHistoryNotFound] = "callHistory:3",
        [KandyErrorCode.CallHistoryNotAuthenticated] = "callHistory:4",
        [KandyErrorCode.CallHistoryForbidden] = "callHistory:5",
        [KandyErrorCode.ClickToCallMissingArgs] = "clickToCall:1",
        [KandyErrorCode.ClickToCallResponseError] = "clickToCall:2",
        [KandyErrorCode.MessagingSendMessageFail] = "messaging:5",
        [KandyErrorCode.MessagingInvalidDestination] = "messaging:9",
        [KandyErrorCode.MwiFetchFail] = "mwi:1",
        [KandyErrorCode.SipEventsUnknownError] = "sipEvents:1",
        [KandyErrorCode.SipEventsNotProvisioned] = "sipEvents:2",
        [KandyErrorCode.SipEventsNotSubscribed] = "sipEvents:3",
        [KandyErrorCode.PresenceInvalidStatus] = "presence:1",
        [KandyErrorCode.PresenceInvalidActivity] = "presence:2",
        [KandyErrorCode.PresenceInvalidRequest] = "presence:3",
        [KandyErrorCode.PresenceInvalidParam] = "presence:4",
        [KandyErrorCode.UsersUnknown] = "users:1",
        [KandyErrorCode.UsersRefreshContactsFail] = "users:2",
        [KandyErrorCode.UsersDirectoryRequestFail] = "users:3",
        [KandyErrorCode.UsersInvalidParam] = "users:4",
    };

    private static readonly Dictionary<string, KandyErrorCode> Codes =
        Texts.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Gets the SDK's text form of <paramref name="code"/>, e.g. <c>"authentication:4"</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text code; <c>"NO_CODE"</c> for <see cref="KandyErrorCode.None"/>.</returns>
    public static string ToSdkCode(this KandyErrorCode code) =>
        Texts.TryGetValue(code, out var text) ? text : Texts[KandyErrorCode.None];

    /// <summary>Parses the SDK's text form of an error code.</summary>
    /// <param name="sdkCode">A text such as <c>"subscription:1"</c>.</param>
    /// <returns>The code, or <see cref="KandyErrorCode.None"/> when the text is unknown.</returns>
    public static KandyErrorCode FromSdkCode(string? sdkCode) =>
        sdkCode is not null && Codes.TryGetValue(sdkCode, out var code) ? code : KandyErrorCode.None;
}
