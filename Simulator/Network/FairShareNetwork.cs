using Burstsim.Simulator.Engine;

namespace Burstsim.Simulator.Network;

/// <summary>
/// Flow-level transfers on shared links: whenever a flow starts or ends, every active flow gets its max-min
/// fair rate (progressive filling: the most constrained link or stream cap fixes the rates of its flows,
/// repeat with what is left), and one event is kept for the next flow to finish. Bytes advance between
/// events at constant rates, so a flow alone on a link of C bytes/s moves b bytes in exactly b / C s
/// (rounded up to the clock's microsecond).
/// </summary>
internal sealed class FairShareNetwork(Simulation sim)
{
    private readonly List<Flow> _active = [];
    private readonly List<Link> _links = [];
    private SimTime _advancedTo;
    private EventId? _next;

    /// <summary>Bytes handed to <see cref="Start"/> so far.</summary>
    public double BytesStarted { get; private set; }

    /// <summary>Bytes of flows that have finished.</summary>
    public double BytesDelivered { get; private set; }

    /// <summary>Flows in progress.</summary>
    public int Active => _active.Count;

    /// <summary>
    /// Starts moving <paramref name="bytes"/> over <paramref name="path"/> now; <paramref name="done"/> runs when the last byte
    /// arrives (at once for zero bytes). <paramref name="capBytesPerS"/> limits this flow alone (infinity for none).
    /// </summary>
    /// <exception cref="ArgumentException">a negative byte count, a non-positive cap, or an empty path with no cap.</exception>
    public void Start(IReadOnlyList<Link> path, double bytes, double capBytesPerS, Action done)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(done);
        if (!(bytes >= 0) || !(capBytesPerS > 0) || (path.Count == 0 && double.IsPositiveInfinity(capBytesPerS)))
        {
            throw new ArgumentException($"a flow needs bytes >= 0 and a positive, finite limit (bytes {bytes}, cap {capBytesPerS}, {path.Count} links)", nameof(bytes));
        }

        BytesStarted += bytes;
        if (bytes == 0)
        {
            done();
            return;
        }

        Advance();
        _active.Add(new Flow(path, bytes, capBytesPerS, done));
        foreach (var link in path)
        {
            if (!_links.Contains(link))
            {
                _links.Add(link);
            }
        }

        Reallocate();
    }

    /// <summary>Moves every active flow's bytes forward to now at its current rate.</summary>
    private void Advance()
    {
        double dt = (sim.Now - _advancedTo).Seconds;
        _advancedTo = sim.Now;
        if (dt <= 0)
        {
            return;
        }

        foreach (var flow in _active)
        {
            double moved = Math.Min(flow.Remaining, flow.Rate * dt);
            flow.Remaining -= moved;
            foreach (var link in flow.Path)
            {
                link.BytesCarried += moved;
            }
        }
    }

    private void Reallocate()
    {
        MaxMinFair.Allocate(_active, _links);
        if (_next is { } pending)
        {
            sim.Cancel(pending);
            _next = null;
        }

        if (_active.Count == 0)
        {
            return;
        }

        double soonest = _active.Min(f => f.Remaining / f.Rate);
        long ticks = Math.Max(1, (long)Math.Ceiling(soonest * SimTime.TicksPerSecond - 1e-6));
        _next = sim.Schedule(new SimSpan(ticks), Finish);
    }

    private void Finish()
    {
        _next = null;
        Advance();

        // A flow whose remainder would take less than a tick is done: the clock cannot place it more finely.
        var finished = new List<Flow>();
        _active.RemoveAll(f =>
        {
            bool done = f.Remaining <= f.Rate / SimTime.TicksPerSecond + 1e-9;
            if (done)
            {
                foreach (var link in f.Path)
                {
                    link.BytesCarried += f.Remaining;
                }

                f.Remaining = 0;
                BytesDelivered += f.Bytes;
                finished.Add(f);
            }

            return done;
        });
        Reallocate();
        foreach (var flow in finished)
        {
            flow.Done();
        }
    }
}
