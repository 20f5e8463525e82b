using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Execution;

/// <summary>
/// Hands activation records, in batches, to one thread of its own that passes them to the wrapped sink in the order
/// they were added: the simulation goes on while the rows are formatted, summarised and written. At 10^7 functions
/// that work was about a fifth of a run. Memory stays bounded: at most <see cref="BatchesQueued"/> full batches wait,
/// and <see cref="Add"/> blocks while they do. The wrapped sink sees exactly the calls it would have seen, from one
/// thread, so outputs are byte-identical. A run of fewer rows than one batch starts no thread: its rows are passed on
/// by <see cref="Complete"/>, on the caller's thread (a sweep of many small runs pays nothing). Call <see cref="Complete"/> before reading what the wrapped sink built; an
/// exception the wrapped sink threw is rethrown, unchanged, by the next <see cref="Add"/> that hands off a batch or
/// by <see cref="Complete"/>. Not thread-safe: one producer.
/// </summary>
internal sealed class BackgroundSink : IActivationSink, IDisposable
{
    /// <summary>Records per batch: 1024 references (8 KB).</summary>
    private const int BatchSize = 1024;

    /// <summary>Full batches that may wait for the consumer. Few: records waiting at a collection survive it, and the collector answers survivors with a larger young generation (measured: 4 x 4096 waiting raised a 10^7-function peak by about 200 MB).</summary>
    private const int BatchesQueued = 2;

    private readonly IActivationSink _inner;
    private readonly BlockingCollection<(ActivationRecord[] Rows, int Count)> _batches = new(BatchesQueued);
    private Thread? _consumer; // started by the first full batch: a run of fewer rows never pays for a thread
    private ActivationRecord[] _batch = new ActivationRecord[BatchSize];
    private int _count;
    private volatile ExceptionDispatchInfo? _failure;
    private bool _completed;
    private bool _disposed;

    /// <summary>A sink over <paramref name="inner"/>; its thread starts with the first full batch.</summary>
    public BackgroundSink(IActivationSink inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <summary>Passed on at once, on the caller's thread: it comes before the first record, while the consumer waits.</summary>
    public void Expect(long functions) => _inner.Expect(functions);

    public void Add(ActivationRecord record)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _batch[_count++] = record;
        if (_count == BatchSize)
        {
            HandOff();
        }
    }

    /// <summary>Passes on every record added and waits until the wrapped sink has taken them all.</summary>
    /// <exception cref="Exception">Whatever the wrapped sink threw, rethrown with its own stack.</exception>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_completed)
        {
            if (_consumer is null)
            {
                // Under one batch in all: pass the rows on here, on the caller's thread, as a plain sink would.
                _completed = true;
                for (int i = 0; i < _count; i++)
                {
                    _inner.Add(_batch[i]);
                }

                return;
            }

            if (_count > 0)
            {
                HandOff();
            }

            _completed = true;
            _batches.CompleteAdding();
            _consumer.Join();
        }

        _failure?.Throw();
    }

    /// <summary>Stops the consumer (after the batches already handed off) without rethrowing; call <see cref="Complete"/> to finish normally.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_completed)
        {
            _completed = true;
            _batches.CompleteAdding();
            _consumer?.Join();
        }

        _batches.Dispose();
    }

    private void HandOff()
    {
        _failure?.Throw();
        if (_consumer is null)
        {
            _consumer = new Thread(Consume) { IsBackground = true, Name = "burstsim rows" };
            _consumer.Start();
        }

        _batches.Add((_batch, _count));
        _batch = new ActivationRecord[BatchSize];
        _count = 0;
    }

    private void Consume()
    {
        foreach (var (rows, count) in _batches.GetConsumingEnumerable())
        {
            if (_failure is not null)
            {
                continue; // drain, so a producer blocked on a full queue is released and sees the failure
            }

            try
            {
                for (int i = 0; i < count; i++)
                {
                    _inner.Add(rows[i]);
                }
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }
}
