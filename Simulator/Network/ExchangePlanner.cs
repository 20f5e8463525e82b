using System.Globalization;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Network;

/// <summary>
/// Turns steps of messages into transfer tasks on the fabric.
/// Burst middleware with the generic broker (the default backend; the middleware's own backends: <see cref="BackendPlanner"/>): a message to workers of the sender's own container is copied through the node's memory
/// (one pipe stream per sender, per-message latency); a message to other containers is published once through
/// the sender container's broker connection and NIC, and consumed once by each destination container (its NIC
/// and connection), after the publishes it needs, a broker latency and two network hops later.
/// Object storage: each sender writes its payloads as one object (multipart in chunks), each receiver reads its
/// part of every sender's object with range GETs once those objects exist; requests pay a first-byte latency,
/// a bounded number in flight.
/// </summary>
internal static class ExchangePlanner
{
    /// <summary>The tasks of <paramref name="steps"/> for workers at <paramref name="at"/> (indexed by worker) under <paramref name="mechanism"/>.</summary>
    public static ExchangePlan Plan(IReadOnlyList<IReadOnlyList<Message>> steps, IReadOnlyList<Endpoint> at, Mechanism mechanism, Fabric fabric)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(fabric);
        var waits = at.Select(_ => new List<TransferTask>()).ToArray();
        var planned = new List<IReadOnlyList<TransferTask>>();
        for (int s = 0; s < steps.Count; s++)
        {
            planned.Add(mechanism != Mechanism.BurstMiddleware ? Storage(steps[s], at, fabric, waits, s)
                : fabric.Parameters.Backend == CommBackend.Broker ? Middleware(steps[s], at, fabric, waits, s)
                : BackendPlanner.Step(steps[s], at, fabric.Parameters.Backend, fabric, waits, s));
        }

        return new ExchangePlan(planned, waits);
    }

    private static List<TransferTask> Middleware(IReadOnlyList<Message> messages, IReadOnlyList<Endpoint> at, Fabric fabric, List<TransferTask>[] waits, int step)
    {
        var p = fabric.Parameters;
        var ipc = new Dictionary<int, TransferTask>();
        var publish = new Dictionary<int, TransferTask>();
        var consume = new Dictionary<int, TransferTask>();
        var order = new List<TransferTask>();

        TransferTask Get(Dictionary<int, TransferTask> tasks, int key, Func<TransferTask> create)
        {
            if (!tasks.TryGetValue(key, out var task))
            {
                task = create();
                tasks[key] = task;
                order.Add(task);
            }

            return task;
        }

        foreach (var m in messages)
        {
            var from = at[m.Source];
            bool remote = false;
            foreach (int d in m.Destinations)
            {
                if (at[d].Container == from.Container)
                {
                    var pipe = Get(ipc, m.Source, () => new TransferTask(Name("ipc", step, m.Source), [fabric.Memory(from)], p.IpcStreamMbPerS * 1e6, p.IpcLatencyS));
                    pipe.Bytes += m.Bytes;
                    Wait(waits, m.Source, pipe);
                    Wait(waits, d, pipe);
                }
                else
                {
                    remote = true;
                }
            }

            if (!remote)
            {
                continue;
            }

            var pub = Get(publish, from.Container, () => new TransferTask(
                Name("publish", step, from.Container), [fabric.ConnectionOut(from), fabric.NicOut(from), fabric.BrokerIn], double.PositiveInfinity, 0));
            pub.Bytes += m.Bytes;
            Wait(waits, m.Source, pub);

            // One copy per destination container: the broker fans the message out to each container's queue.
            foreach (var to in m.Destinations.Where(d => at[d].Container != from.Container).GroupBy(d => at[d].Container))
            {
                var toAt = at[to.First()];
                var sub = Get(consume, to.Key, () => new TransferTask(
                    Name("consume", step, to.Key), [fabric.BrokerOut, fabric.NicIn(toAt), fabric.ConnectionIn(toAt)], double.PositiveInfinity, p.BrokerLatencyS + (2 * p.HopLatencyS)));
                sub.Bytes += m.Bytes;
                sub.After(pub);
                foreach (int d in to)
                {
                    Wait(waits, d, sub);
                }
            }
        }

        return order;
    }

    /// <summary>Object storage: each sender writes one object, each receiver reads its ranges once they exist.</summary>
    internal static List<TransferTask> Storage(IReadOnlyList<Message> messages, IReadOnlyList<Endpoint> at, Fabric fabric, List<TransferTask>[] waits, int step)
    {
        var p = fabric.Parameters;
        double chunk = p.StorageChunkMb * 1e6;
        var written = new SortedDictionary<int, double>();
        var read = new SortedDictionary<int, SortedDictionary<int, double>>();
        foreach (var m in messages)
        {
            written[m.Source] = written.GetValueOrDefault(m.Source) + m.Bytes;
            foreach (int d in m.Destinations)
            {
                if (!read.TryGetValue(d, out var from))
                {
                    from = [];
                    read[d] = from;
                }

                from[m.Source] = from.GetValueOrDefault(m.Source) + m.Bytes;
            }
        }

        var order = new List<TransferTask>();
        var puts = new Dictionary<int, TransferTask>();
        foreach (var (source, bytes) in written)
        {
            var put = Requests(Name("put", step, source), fabric.NicOut(at[source]), bytes, Parts(bytes, chunk), p);
            puts[source] = put;
            order.Add(put);
            Wait(waits, source, put);
        }

        foreach (var (to, from) in read)
        {
            var get = Requests(Name("get", step, to), fabric.NicIn(at[to]), from.Values.Sum(), from.Values.Sum(b => Parts(b, chunk)), p);
            foreach (int source in from.Keys)
            {
                get.After(puts[source]);
            }

            order.Add(get);
            Wait(waits, to, get);
        }

        return order;
    }

    /// <summary>Requests in rounds of at most the parallel limit: a first-byte latency per round, a per-request rate for each one in flight.</summary>
    /// <exception cref="InvalidSetupException">The rounds' latencies alone outlast the longest simulated span.</exception>
    private static TransferTask Requests(string name, Link nic, double bytes, double requests, Platform.Parameters.NetworkParameters p)
    {
        // Counted in doubles: tiny parts of a large exchange are more requests than a long holds.
        double inFlight = Math.Min(requests, p.StorageParallelRequests);
        double rounds = Math.Ceiling(requests / p.StorageParallelRequests);
        double latency = p.StorageRequestLatencyS == 0 ? 0 : rounds * p.StorageRequestLatencyS;
        if (!(latency <= PlatformRun.MaxSimulatedSeconds))
        {
            var inv = CultureInfo.InvariantCulture;
            throw new InvalidSetupException(
                string.Create(inv, $"an object-storage transfer ({name}) of {bytes / 1e6:G4} MB takes {requests:G4} requests of at most {p.StorageChunkMb:G4} MB (platform.network.storage_chunk_mb), ") +
                string.Create(inv, $"{rounds:G4} rounds of {p.StorageParallelRequests} at {p.StorageRequestLatencyS:G4} s each: {latency:G4} s, beyond the {PlatformRun.MaxSimulatedSeconds:G4} s (about 3.2 years) burstsim simulates; ") +
                "raise platform.network.storage_chunk_mb or storage_parallel_requests, lower storage_request_latency_s, or exchange less data");
        }

        return new TransferTask(name, [nic], p.StorageRequestMbPerS * 1e6 * inFlight, latency) { Bytes = bytes };
    }

    /// <summary>Requests for one object or range: one per multipart chunk, at least one.</summary>
    private static double Parts(double bytes, double chunk) => Math.Max(1, Math.Ceiling(bytes / chunk));

    private static void Wait(List<TransferTask>[] waits, int worker, TransferTask task)
    {
        if (!waits[worker].Contains(task))
        {
            waits[worker].Add(task);
        }
    }

    private static string Name(string kind, int step, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind}-s{step}-{id}");
}
