namespace Burstsim.Results.Csv;

/// <summary>Where each known column sits in one file's header (-1 when absent), looked up once per file.</summary>
internal sealed class LithopsColumnIndex
{
    private readonly int[] _lithops;
    private readonly int _scenario, _policy, _granularity, _replication, _seed, _functionId, _invoker, _container;
    private readonly int _jobId, _tenant, _queueTime, _coldStartTime;
    private readonly int[] _extra;

    public LithopsColumnIndex(CsvTable table)
    {
        if (table.Columns.Count == 0 || (table.Columns.Count == 1 && table.Columns[0].Length == 0))
        {
            throw new CsvDataException(table.Source, 1, "(header)", "the file is empty; a Lithops statistics CSV starts with a header line of column names.");
        }

        // Column names are never numbers: a first line with numbers and none of the Lithops names is a data row.
        if (!table.Columns.Any(c => ActivationColumns.Lithops.Contains(c))
            && table.Columns.Any(c => double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            throw new CsvDataException(
                table.Source, 1, "(header)",
                "the file has no header line: its first line holds values. Add the Lithops column names (host_job_create_tstamp, ..., worker_start_tstamp, ...) as the first line.");
        }

        _lithops = [.. ActivationColumns.Lithops.Select(table.IndexOf)];
        _ = table.Require("host_job_create_tstamp");
        _ = table.Require("worker_start_tstamp");
        _scenario = table.IndexOf("scenario");
        _policy = table.IndexOf("policy");
        _granularity = table.IndexOf("granularity");
        _replication = table.IndexOf("replication");
        _seed = table.IndexOf("seed");
        _functionId = table.IndexOf("function_id");
        _invoker = table.IndexOf("invoker");
        _container = table.IndexOf("container");
        _jobId = table.IndexOf("job_id");
        _tenant = table.IndexOf("tenant");
        _queueTime = table.IndexOf("queue_time");
        _coldStartTime = table.IndexOf("cold_start_time");
        _extra = [.. Enumerable.Range(0, table.Columns.Count).Where(i => !ActivationColumns.IsFixed(table.Columns[i]))];
    }

    public LithopsRow Row(CsvTable table) => new()
    {
        // Indices follow ActivationColumns.Lithops.
        HostJobCreateTstamp = table.RequiredDouble(_lithops[0]),
        HostJobSerializeTime = table.Double(_lithops[1]),
        FuncDataSizeBytes = table.Double(_lithops[2]),
        FuncModuleSizeBytes = table.Double(_lithops[3]),
        HostFuncUploadTime = table.Double(_lithops[4]),
        HostDataUploadTime = table.Double(_lithops[5]),
        HostJobCreatedTime = table.Double(_lithops[6]),
        HostStatusDoneTstamp = table.Double(_lithops[7]),
        HostStatusQueryCount = table.Integer(_lithops[8]),
        WorkerStartTstamp = table.RequiredDouble(_lithops[9]),
        HostSubmitTstamp = table.Double(_lithops[10]),
        WorkerColdStart = table.Bool(_lithops[11]),
        WorkerPeakMemoryStart = table.Double(_lithops[12]),
        WorkerFuncStartTstamp = table.Double(_lithops[13]),
        WorkerFuncEndTstamp = table.Double(_lithops[14]),
        WorkerFuncExecTime = table.Double(_lithops[15]),
        FuncResultSize = table.Double(_lithops[16]),
        WorkerResultUploadTime = table.Double(_lithops[17]),
        WorkerPeakMemoryEnd = table.Double(_lithops[18]),
        WorkerEndTstamp = table.Double(_lithops[19]),
        WorkerExecTime = table.Double(_lithops[20]),
        HostResultDoneTstamp = table.Double(_lithops[21]),
        HostResultQueryCount = table.Integer(_lithops[22]),
        Scenario = table.Text(_scenario),
        Policy = table.Text(_policy),
        Granularity = table.Text(_granularity),
        Replication = table.Int32(_replication),
        Seed = table.UInt64(_seed),
        FunctionId = table.Int32(_functionId),
        Invoker = table.Text(_invoker),
        Container = table.Text(_container),
        JobId = table.Int32(_jobId),
        Tenant = table.Text(_tenant),
        QueueTime = table.Double(_queueTime),
        ColdStartTime = table.Double(_coldStartTime),
        Extra = Extra(table),
        Line = table.Line,
    };

    private KeyValuePair<string, string>[] Extra(CsvTable table)
    {
        if (_extra.Length == 0)
        {
            return [];
        }

        var pairs = new List<KeyValuePair<string, string>>(_extra.Length);
        foreach (int i in _extra)
        {
            if (table.Text(i) is { } value)
            {
                pairs.Add(new(table.Columns[i], value));
            }
        }

        return [.. pairs];
    }
}
