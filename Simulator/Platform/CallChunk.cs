namespace Burstsim.Simulator.Platform;

/// <summary>
/// The calls one Lithops activation carries under map(chunksize=N): the first call is the one the client sends and
/// the controller places; the others travel with it and run in the same container, by at most
/// <see cref="Processes"/> processes at once (lithops worker/handler.py function_handler). Its max_workers token comes
/// back once every call has ended or been given up for this attempt (lithops monitor.py _generate_tokens).
/// </summary>
internal sealed class CallChunk(Activation[] calls, int processes)
{
    /// <summary>The calls, first (the one sent) first, in call-id order: the order the worker's queue hands them out.</summary>
    public Activation[] Calls { get; } = calls;

    /// <summary>Processes that run the calls: min(worker_processes, calls), as the handler starts them.</summary>
    public int Processes { get; } = Math.Min(processes, calls.Length);

    private int _settled;

    /// <summary>One call ended or was lost; true when it was the last, so the chunk's token comes back.</summary>
    /// <exception cref="InvalidOperationException">More calls settled than the chunk has (a bookkeeping bug).</exception>
    public bool Settle() =>
        ++_settled <= Calls.Length
            ? _settled == Calls.Length
            : throw new InvalidOperationException($"internal error: a chunk of {Calls.Length} calls settled {_settled} times");
}
