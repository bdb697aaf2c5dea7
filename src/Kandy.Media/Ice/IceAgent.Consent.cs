// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

using System.Security.Cryptography;

namespace Kandy.Media.Ice;

/// <summary>
/// Consent freshness (RFC 7675): a full agent sends a Binding request on the selected pair every ~5 s and counts
/// only authenticated responses; a lite agent, which never sends requests, counts the peer's authenticated checks.
/// No consent for <see cref="IceAgentOptions.DisconnectedTimeout"/> → Disconnected; for
/// <see cref="IceAgentOptions.ConsentTimeout"/> → Failed, and nothing more is sent.
/// </summary>
public sealed partial class IceAgent
{
    private long _lastConsent;
    private long _nextConsent;
    private long _lastConsentSent;

    private void CheckConsent()
    {
        if (_selectedPair is null || _state is not (IceConnectionState.Connected or IceConnectionState.Completed or IceConnectionState.Disconnected))
        {
            return;
        }

        var silence = _time.GetElapsedTime(_lastConsent);
        if (silence >= _options.ConsentTimeout)
        {
            IceLog.ConsentLost(_logger, _selectedPair);
            SetState(IceConnectionState.Failed);
            return;
        }

        if (silence >= _options.DisconnectedTimeout)
        {
            SetState(IceConnectionState.Disconnected);
        }

        if (_options.Lite || _remoteKey is null || _time.GetTimestamp() < _nextConsent)
        {
            return;
        }

        // Ask again in a second unless the answer comes: OnConsentGranted then pushes the next request out to
        // 0.8–1.2 × the interval (RFC 7675 §5.1). So a lost answer is retried quickly and recovery is prompt.
        _lastConsentSent = _time.GetTimestamp();
        _nextConsent = _lastConsentSent + Ticks(TimeSpan.FromSeconds(1));
        SendCheck(_selectedPair, nominate: _selectedPair.Nominated && _role == IceRole.Controlling, consent: true);
    }

    private void OnConsentGranted()
    {
        _lastConsent = _time.GetTimestamp();
        var factor = 0.8 + (RandomNumberGenerator.GetInt32(0, 401) / 1000.0);
        _nextConsent = _lastConsentSent + Ticks(_options.ConsentInterval * factor);
        if (_state == IceConnectionState.Disconnected)
        {
            SetState(_selectedPair is { Nominated: true } ? IceConnectionState.Completed : IceConnectionState.Connected);
        }
    }

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * _time.TimestampFrequency);

    private void OnConsentRequest()
    {
        if (_options.Lite)
        {
            OnConsentGranted();
        }
    }
}
