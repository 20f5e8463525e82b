using System.Globalization;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Network;

/// <summary>
/// Plans a step of messages through one of burst-communication-middleware's backends (src/middleware.rs, src/backends/).
/// Workers of one pack: the in-pack channel (src/backends/tokio_channel.rs): the pack's workers are threads of one
/// process, so a message is a reference handed over in one channel latency, with no copy. Other packs:
/// <list type="bullet">
/// <item>Each sender pushes its remote bytes in 1 MiB chunks over its pack's connection pool (one connection per
/// worker), through its node's NIC into the server; each chunk is a request of one round trip, and the pool serves
/// the pack's senders in the order they asked (one sender's chunks, then the next's).</item>
/// <item>A broadcast goes by the backend's route (<see cref="BroadcastRoute"/>): stored once and announced to each
/// remote pack key by key (Redis lists), copied per pack (Redis streams), or fanned out by the server (RabbitMQ).</item>
/// <item>Each receiving pack pulls what it needs over its own pool (a broadcast only by the pack's leader, which hands
/// it on through the channel), one request per chunk (three for a Redis-list broadcast: the key, then header and
/// payload), two hops later. Chunks are pulled as they arrive, so a pull runs alongside the pushes it reads and a
/// receiver is done when both are; a pack that also sends (all-to-all) pulls only after its own pushes, as the
/// middleware finishes send_messages before get_messages.</item>
/// </list>
/// S3 keeps the object-storage model for messages between packs.
/// </summary>
internal static class BackendPlanner
{
    /// <summary>The tasks of one step under <paramref name="backend"/>; <paramref name="waits"/> gets each worker's tasks.</summary>
    public static List<TransferTask> Step(IReadOnlyList<Message> messages, IReadOnlyList<Endpoint> at, CommBackend backend, Fabric fabric, List<TransferTask>[] waits, int step)
    {
        var order = new List<TransferTask>();
        var remote = InPack(messages, at, fabric, waits, step, order);
        if (remote.Count == 0)
        {
            return order;
        }

        if (BackendModel.Of(backend) is not { } model)
        {
            order.AddRange(ExchangePlanner.Storage(remote, at, fabric, waits, step));
            return order;
        }

        var p = fabric.Parameters;
        double chunk = p.MessageChunkMb * 1e6;
        int serverCpus = at.Max(e => e.NodeCpus);
        var packSize = at.GroupBy(e => e.Container).ToDictionary(g => g.Key, g => g.Count());
        Link[] Server(bool inbound)
        {
            var nic = inbound ? fabric.ServerIn(serverCpus) : fabric.ServerOut(serverCpus);
            return double.IsPositiveInfinity(model.ProcessMbPerS) ? [nic] : [nic, fabric.ServerProcess(model.ProcessMbPerS)];
        }

        var push = new SortedDictionary<int, (TransferTask Task, double Ops)>();
        var pull = new SortedDictionary<int, (TransferTask Task, double Ops)>();
        foreach (var m in remote)
        {
            var from = at[m.Source];
            var packs = m.Destinations.GroupBy(d => at[d].Container).ToList();
            double chunks = Math.Max(1, Math.Ceiling(m.Bytes / chunk));
            bool broadcast = m.Destinations.Count > 1;
            var route = broadcast ? model.Broadcast : BroadcastRoute.ServerFanOut; // a direct message is one copy
            double copies = route == BroadcastRoute.CopyPerPack ? packs.Count : 1;
            double sendOps = chunks * copies;
            if (broadcast && model.KeyOpsPerChunk)
            {
                sendOps += chunks * (1 + packs.Count); // SET header, then RPUSH of the key to each remote pack
            }

            if (!push.TryGetValue(m.Source, out var send))
            {
                var task = new TransferTask(Name("push", step, m.Source), [fabric.PoolOut(from, packSize[from.Container]), fabric.NicOut(from), .. Server(inbound: true)], double.PositiveInfinity, 0);
                send = (task, 0);
                Wait(waits, m.Source, task);
            }

            send.Task.Bytes += m.Bytes * copies;
            push[m.Source] = (send.Task, send.Ops + sendOps);

            double readOps = chunks * (broadcast && model.KeyOpsPerChunk ? 3 : 1);
            foreach (var pack in packs)
            {
                var to = at[pack.First()];
                if (!pull.TryGetValue(pack.Key, out var get))
                {
                    var task = new TransferTask(Name("pull", step, pack.Key), [.. Server(inbound: false), fabric.NicIn(to), fabric.PoolIn(to, packSize[pack.Key])], double.PositiveInfinity, 0);
                    get = (task, 0);
                }

                get.Task.Bytes += m.Bytes;
                pull[pack.Key] = (get.Task, get.Ops + readOps);
                foreach (int d in pack)
                {
                    // Chunks are pulled as they arrive: a receiver is done when both its pull and the pushes it reads are.
                    Wait(waits, d, get.Task);
                    Wait(waits, d, send.Task);
                }
            }
        }

        // The pool hands connections out in the order asked: a pack's senders push one after another, each on all of them.
        var lastOfPack = new Dictionary<int, TransferTask>();
        foreach (var (source, (task, ops)) in push)
        {
            int container = at[source].Container;
            task.LatencyS = Math.Ceiling(ops / packSize[container]) * model.OpLatencyS;
            if (lastOfPack.TryGetValue(container, out var before))
            {
                task.After(before);
            }

            lastOfPack[container] = task;
            order.Add(task);
        }

        foreach (var (container, (task, ops)) in pull)
        {
            // A worker that also sends (all-to-all) receives only once its own sends are done (send_messages, then get_messages).
            foreach (var (source, (own, _)) in push.Where(s => at[s.Key].Container == container))
            {
                task.After(own);
            }

            task.LatencyS = (2 * p.HopLatencyS) + (Math.Ceiling(ops / packSize[container]) * model.OpLatencyS);
            order.Add(task);
        }

        return order;
    }

    /// <summary>Adds the in-pack channel transfers of <paramref name="messages"/> to <paramref name="order"/>; returns the messages' parts bound for other packs.</summary>
    private static List<Message> InPack(IReadOnlyList<Message> messages, IReadOnlyList<Endpoint> at, Fabric fabric, List<TransferTask>[] waits, int step, List<TransferTask> order)
    {
        var p = fabric.Parameters;
        var pipes = new Dictionary<int, TransferTask>();
        var remote = new List<Message>();
        foreach (var m in messages)
        {
            var from = at[m.Source];
            var others = new List<int>();
            foreach (int d in m.Destinations)
            {
                if (at[d].Container != from.Container)
                {
                    others.Add(d);
                    continue;
                }

                // The pack's workers are threads of one process: a tokio channel hands over a reference, no bytes are copied.
                if (!pipes.TryGetValue(m.Source, out var pipe))
                {
                    pipe = new TransferTask(Name("channel", step, m.Source), [fabric.Memory(from)], double.PositiveInfinity, p.IpcLatencyS);
                    pipes[m.Source] = pipe;
                    order.Add(pipe);
                }

                Wait(waits, m.Source, pipe);
                Wait(waits, d, pipe);
            }

            if (others.Count > 0)
            {
                remote.Add(new Message(m.Source, others, m.Bytes));
            }
        }

        return remote;
    }

    private static void Wait(List<TransferTask>[] waits, int worker, TransferTask task)
    {
        if (!waits[worker].Contains(task))
        {
            waits[worker].Add(task);
        }
    }

    private static string Name(string kind, int step, int id) => string.Create(CultureInfo.InvariantCulture, $"{kind}-s{step}-{id}");
}
