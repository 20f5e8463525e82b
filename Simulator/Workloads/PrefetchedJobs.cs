using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Walks a streamed workload's jobs (<see cref="StreamedJobs"/>) on a thread of its own, a few batches ahead of the
/// simulation that takes them: making a trace's jobs (drawing each minute's arrivals and durations and sorting them
/// into arrival order) was about a tenth of a replay's model thread, and the model thread sets a replay's pace. The
/// jobs are the same jobs in the same order (one producer, one consumer, first in first out), so outputs are
/// byte-identical. Memory stays bounded: at most <see cref="BatchesQueued"/> batches of <see cref="BatchSize"/> jobs
/// wait. An exception the walk threw (a bad trace row) is rethrown, unchanged, by the <see cref="MoveNext"/> that
/// reaches it. <see cref="Dispose"/> stops the thread. Not thread-safe: one consumer.
/// </summary>
internal sealed class PrefetchedJobs : IEnumerator<JobRequest>
{
    /// <summary>Jobs per hand-over: one hand-over per batch keeps the threads' synchronisation off the per-job cost.</summary>
    internal const int BatchSize = 1024;

    /// <summary>Full batches that may wait: a few thousand jobs, a few hundred KB, against a day's 20.6 M.</summary>
    internal const int BatchesQueued = 4;

    private readonly BlockingCollection<JobRequest[]> _batches = new(BatchesQueued);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _producer;
    private readonly IEnumerable<JobRequest> _source;
    private ExceptionDispatchInfo? _failure; // written by the producer before it completes adding; read after
    private JobRequest[] _batch = [];
    private int _next;
    private bool _disposed;

    /// <summary>Starts walking <paramref name="source"/> at once, on a background thread.</summary>
    /// <param name="source">Jobs in the order they are to be taken; enumerated once, on the producer thread only.</param>
    public PrefetchedJobs(IEnumerable<JobRequest> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _producer = new Thread(Produce) { IsBackground = true, Name = "burstsim jobs" };
        _producer.Start();
    }

    /// <inheritdoc/>
    public JobRequest Current { get; private set; } = null!;

    object System.Collections.IEnumerator.Current => Current;

    /// <inheritdoc/>
    /// <exception cref="Exception">Whatever walking the source threw, rethrown with its own stack.</exception>
    public bool MoveNext()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_next == _batch.Length)
        {
            if (!_batches.TryTake(out var batch, Timeout.Infinite))
            {
                _failure?.Throw();
                return false;
            }

            _batch = batch;
            _next = 0;
        }

        Current = _batch[_next++];
        return true;
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">Always: the walk runs once.</exception>
    public void Reset() => throw new NotSupportedException("prefetched jobs are walked once");

    /// <summary>Stops the producer (it may be blocked on a full queue) and waits for it to let go of the source.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        _producer.Join();
        _batches.Dispose();
        _stop.Dispose();
    }

    private void Produce()
    {
        var batch = new JobRequest[BatchSize];
        int count = 0;
        try
        {
            foreach (var job in _source)
            {
                batch[count++] = job;
                if (count == BatchSize)
                {
                    _batches.Add(batch, _stop.Token);
                    batch = new JobRequest[BatchSize];
                    count = 0;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
        {
            // The jobs made before the failure go first, so it surfaces where the walk would have met it.
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        catch (OperationCanceledException)
        {
            // The consumer stopped early (the run failed or was cancelled): nothing more is wanted.
            _batches.CompleteAdding();
            return;
        }

        try
        {
            if (count > 0)
            {
                _batches.Add(batch[..count], _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped while handing over the last jobs: nothing more is wanted.
        }
        finally
        {
            _batches.CompleteAdding();
        }
    }
}
