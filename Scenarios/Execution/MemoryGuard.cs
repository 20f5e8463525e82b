using System.Globalization;
using Burstsim.Simulator;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Stops a run whose memory outgrows the machine, before the OS kills the process. The checks made before a run (the
/// sizes a workload states, <see cref="Loading.StreamBound"/>) cannot see every way memory grows: calls that arrive
/// faster than the cluster runs them wait in the controller's and the invokers' queues, and that backlog has no bound
/// but the run itself (a trace of 200 million 1 ms calls a minute on two invokers grew to 22 GB in ten minutes). Every
/// <see cref="Interval"/> the guard reads the process's working set; past <see cref="Share"/> of the memory available
/// when the run began it collects once (garbage is not a backlog) and, if still past, cancels <see cref="Token"/>, and
/// the run ends as a scenario the machine cannot hold (<see cref="Refusal"/>, exit 2), its staging removed.
/// </summary>
internal sealed class MemoryGuard : IDisposable
{
    /// <summary>How often the working set is read: a few reads a second cost nothing beside the run, and memory cannot grow by more than a few hundred MB between two.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>The share of the memory available at the start a run may hold; the rest is the OS's and other processes' margin (under a GC heap limit, a container's, the GC runs out at about 85 % of it in working set).</summary>
    public const double Share = 0.7;

    private static readonly AsyncLocal<long?> InjectedWorkingSet = new();

    private readonly CancellationTokenSource _source;
    private readonly Timer _timer;
    private readonly long _limitBytes;
    private long _heldBytes; // the working set that tripped the guard; 0 while it has not
    private int _checking;

    /// <param name="availableBytes">The memory available when the run begins (<see cref="AvailableMemory.Bytes"/>).</param>
    /// <param name="outer">The command's own cancellation (a signal), which still cancels <see cref="Token"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="availableBytes"/> is negative.</exception>
    public MemoryGuard(long availableBytes, CancellationToken outer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(availableBytes);
        _limitBytes = (long)(availableBytes * Share);
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _timer = new Timer(_ => Check(), null, Interval, Interval);
    }

    /// <summary>Cancelled by a signal or when the run holds more than it may.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the guard (not a signal) stopped the run.</summary>
    public bool Tripped => Volatile.Read(ref _heldBytes) > 0;

    /// <summary>The exit-2 refusal of a run the guard stopped: what it held, the limit, the likely cause and the fixes.</summary>
    /// <param name="where">The run, as the progress and the tables name it (policy, case).</param>
    public InvalidSetupException Refusal(string where)
    {
        string held = string.Create(CultureInfo.InvariantCulture, $"the run ({where}) held {Gb(Volatile.Read(ref _heldBytes))} GB, more than the {Gb(_limitBytes)} GB ({Share:P0} of the memory available when it began) it may use, and was stopped: ");
        return new InvalidSetupException(held + "calls arrive faster than the cluster runs them (they wait in queues) or too many run at once; replay fewer calls (burstsim trace sample --scale, max_functions, a shorter window) or give the cluster more invokers");
    }

    /// <summary>Makes the guards created in this flow of execution read <paramref name="bytes"/> as the working set until disposed (tests: a backlog without growing one).</summary>
    public static IDisposable InjectWorkingSet(long bytes)
    {
        long? before = InjectedWorkingSet.Value;
        InjectedWorkingSet.Value = bytes;
        return new Restore(() => InjectedWorkingSet.Value = before);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }

    private void Check()
    {
        // Timer callbacks can overlap when a collection takes longer than the interval.
        if (Interlocked.Exchange(ref _checking, 1) == 1 || Tripped || _source.IsCancellationRequested)
        {
            Volatile.Write(ref _checking, 0);
            return;
        }

        try
        {
            if (WorkingSet() > _limitBytes)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                long held = WorkingSet();
                if (held > _limitBytes)
                {
                    Volatile.Write(ref _heldBytes, held);
                    _source.Cancel();
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // The run ended between the tick and the read.
        }
        finally
        {
            Volatile.Write(ref _checking, 0);
        }
    }

    // The timer runs its callback in the flow it was created in, so a test's injected figure reaches it.
    private static long WorkingSet() => InjectedWorkingSet.Value ?? Environment.WorkingSet;

    private static string Gb(long bytes) => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture);
}
