using Burstsim.Results.Csv;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Parquet;

/// <summary>
/// The columns of activations.parquet: those of activations.csv (<see cref="ActivationColumns"/>), same names,
/// same order, with the types a reader infers from the CSV: instants and durations as double seconds, counts
/// and sizes as int64, worker_cold_start as boolean, names and swept values as strings, seed as uint64;
/// columns the model leaves empty in the CSV are null.
/// </summary>
internal static class ActivationParquetColumns
{
    public static List<ParquetColumn> Create(IReadOnlyList<string> sweptColumns, int capacity)
    {
        ParquetColumn S(string name, Func<ActivationRecord, SimTime> at) => new ValueColumn<double>(name, (r, _) => at(r).Ticks / (double)SimTime.TicksPerSecond, capacity);
        ParquetColumn D(string name, Func<ActivationRecord, SimSpan> span) => new ValueColumn<double>(name, (r, _) => span(r).Ticks / (double)SimTime.TicksPerSecond, capacity);
        ParquetColumn L(string name, Func<ActivationRecord, long> value) => new ValueColumn<long>(name, (r, _) => value(r), capacity);
        ParquetColumn NL(string name, Func<ActivationRecord, long?> value) => new NullableColumn<long>(name, (r, _) => value(r), capacity);
        ParquetColumn ND(string name, Func<ActivationRecord, SimSpan?> span) => new NullableColumn<double>(name, (r, _) => span(r) is { } s ? s.Ticks / (double)SimTime.TicksPerSecond : null, capacity);
        ParquetColumn T(string name, Func<ActivationRecord, RunContext, string> value) => new TextColumn(name, value, capacity);

        var columns = new List<ParquetColumn>
        {
            S("host_job_create_tstamp", r => r.HostJobCreate),
            D("host_job_serialize_time", r => r.HostJobSerializeTime),
            NL("func_data_size_bytes", r => r.FuncDataSizeBytes),
            NL("func_module_size_bytes", r => r.FuncModuleSizeBytes),
            D("host_func_upload_time", r => r.HostFuncUploadTime),
            D("host_data_upload_time", r => r.HostDataUploadTime),
            D("host_job_created_time", r => r.HostJobCreatedTime),
            S("host_status_done_tstamp", r => r.HostStatusDone),
            L("host_status_query_count", r => r.HostStatusQueryCount),
            S("worker_start_tstamp", r => r.WorkerStart),
            S("host_submit_tstamp", r => r.HostSubmit),
            new ValueColumn<bool>("worker_cold_start", (r, _) => r.ColdStart, capacity),
            NL("worker_peak_memory_start", r => r.WorkerPeakMemoryStart),
            S("worker_func_start_tstamp", r => r.WorkerFuncStart),
            S("worker_func_end_tstamp", r => r.WorkerFuncEnd),
            D("worker_func_exec_time", r => r.FuncExecTime),
            new NullableColumn<double>("func_result_size", (r, _) => r.FuncResultSize, capacity),
            ND("worker_result_upload_time", r => r.WorkerResultUploadTime),
            NL("worker_peak_memory_end", r => r.WorkerPeakMemoryEnd),
            S("worker_end_tstamp", r => r.WorkerEnd),
            D("worker_exec_time", r => r.WorkerExecTime),
            S("host_result_done_tstamp", r => r.HostResultDone),
            NL("host_result_query_count", r => r.HostResultQueryCount),
            T("scenario", (_, c) => c.Scenario),
            T("policy", (_, c) => c.Policy),
            T("granularity", (_, c) => c.Granularity),
            new ValueColumn<long>("replication", (_, c) => c.Replication, capacity),
            new ValueColumn<ulong>("seed", (_, c) => c.Seed, capacity),
            L("function_id", r => r.FunctionId),
            T("invoker", (r, _) => r.Invoker),
            T("container", (r, _) => r.Container),
            L("job_id", r => r.JobId),
            T("tenant", (r, _) => r.Tenant),
            D("queue_time", r => r.QueueTime),
            D("cold_start_time", r => r.ColdStartTime),
            D("compute_s", r => r.ComputeTime),
            D("comm_s", r => r.CommTime),
            D("sync_s", r => r.SyncTime),
            T("status", (r, _) => ActivationColumns.StatusText(r.Status)),
            L("attempt", r => r.Attempt),
        };
        foreach (string name in sweptColumns)
        {
            columns.Add(T(name, (_, c) => c.SweptValue(name) ?? string.Empty));
        }

        return columns;
    }
}
