// Copyright (c) Kandy for PowerShell contributors.
// Licensed under the MIT License.

namespace Kandy.Media.Rtcp;

/// <summary>Fires RTCP reports at the RFC 3550 interval with timer reconsideration, on a <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// When the timer expires, the interval is computed again from the current membership (§6.3.6); the report is
/// sent only if the new time has passed, otherwise the timer is moved. The callback builds and sends the compound
/// packet and returns its size (with UDP/IP headers) for the average. Callbacks never overlap.
/// </remarks>
public sealed class RtcpScheduler : IDisposable
{
    private readonly RtcpIntervalCalculator calculator;
    private readonly TimeProvider timeProvider;
    private readonly Func<int> sendReport;
    private readonly Random random;
    private readonly object gate = new();
    private ITimer? timer;
    private long lastSent;
    private bool initial = true;
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="RtcpScheduler"/> class.</summary>
    /// <param name="calculator">The interval rules and membership.</param>
    /// <param name="timeProvider">The clock and timers.</param>
    /// <param name="sendReport">Sends one compound report and returns its size in bytes with UDP/IP headers.</param>
    /// <param name="random">The randomness for the interval (seeded in tests).</param>
    public RtcpScheduler(RtcpIntervalCalculator calculator, TimeProvider timeProvider, Func<int> sendReport, Random? random = null)
    {
        this.calculator = calculator ?? throw new ArgumentNullException(nameof(calculator));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.sendReport = sendReport ?? throw new ArgumentNullException(nameof(sendReport));
        this.random = random ?? Random.Shared;
    }

    /// <summary>Gets the number of reports sent.</summary>
    public long ReportsSent { get; private set; }

    /// <summary>Starts the schedule: the first report goes out after half the minimum interval, randomised.</summary>
    public void Start()
    {
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (timer is not null)
            {
                return;
            }

            lastSent = timeProvider.GetTimestamp();
            var delay = calculator.NextInterval(initial: true, random.NextDouble());
            timer = timeProvider.CreateTimer(_ => OnTimer(), null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            timer?.Dispose();
        }
    }

    private void OnTimer()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            var interval = calculator.NextInterval(initial, random.NextDouble());
            var elapsed = timeProvider.GetElapsedTime(lastSent);
            if (elapsed < interval)
            {
                // Reconsideration: membership changed and the report is not due yet.
                timer!.Change(interval - elapsed, Timeout.InfiniteTimeSpan);
                return;
            }

            calculator.ObservePacket(sendReport());
            ReportsSent++;
            initial = false;
            calculator.WeSent = false;
            lastSent = timeProvider.GetTimestamp();
            timer!.Change(calculator.NextInterval(initial: false, random.NextDouble()), Timeout.InfiniteTimeSpan);
        }
    }
}
