namespace Burstsim.Simulator.Workloads;

/// <summary>burstsim's own replay CSV (<see cref="TraceCsvReader"/>): arrival_s, function, duration_s and/or cpu_s; optional memory_mb, tenant, functions, storage_client.</summary>
internal sealed class CsvTraceFormat : ITraceRowFormat
{
    private int _arrival, _function, _duration, _cpu, _memory, _tenant, _functions, _storage;

    public string ArrivalColumn => "arrival_s";

    public void Bind(TraceTable table)
    {
        _arrival = table.Require("arrival_s");
        _function = table.Require("function");
        _duration = table.IndexOf("duration_s");
        _cpu = table.IndexOf("cpu_s");
        if (_duration < 0 && _cpu < 0)
        {
            throw new TraceFormatException(table.Source, 1, "duration_s", "the trace needs a duration_s (wall time) or a cpu_s (CPU work) column, or both");
        }

        _memory = table.IndexOf("memory_mb");
        _tenant = table.IndexOf("tenant");
        _functions = table.IndexOf("functions");
        _storage = table.IndexOf("storage_client");
    }

    public TraceInvocation Read(TraceTable table)
    {
        double at = table.Double(_arrival);
        if (at > TraceTable.MaxArrivalS)
        {
            throw table.TooFarInFuture(_arrival, at, 0);
        }

        string name = table.Text(_function);
        if (name.Length == 0)
        {
            throw table.Bad(_function, "a function name is required");
        }

        var work = new FunctionWork(
            _cpu < 0 ? 0 : table.Duration(_cpu),
            _duration < 0 ? 0 : table.Duration(_duration),
            _storage >= 0 && StorageClient(table, _storage));
        return new TraceInvocation(
            at,
            _tenant < 0 || table.Text(_tenant).Length == 0 ? "guest" : table.Text(_tenant),
            name,
            _functions < 0 ? 1 : table.Int(_functions, min: 1),
            _memory < 0 || table.Text(_memory).Length == 0 ? null : table.Int(_memory, min: 1),
            work);
    }

    private static bool StorageClient(TraceTable table, int column) => table.Text(column).Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" => true,
        "FALSE" or "0" or "NO" or "" => false,
        _ => throw table.Bad(column, $"'{table.Text(column)}' is not true or false"),
    };
}
