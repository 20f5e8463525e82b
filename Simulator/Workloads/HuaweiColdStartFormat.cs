using System.Globalization;

namespace Burstsim.Simulator.Workloads;

/// <summary>
/// Huawei Public Cloud cold starts 2025 (Joosen et al., "Serverless Cold Starts and Where to Find Them", EuroSys'25;
/// github.com/sir-lab/data-release, README_data_release_2025.md): one row per cold start with <c>time</c> (s from
/// the dataset's start), <c>funcName</c>, <c>userID</c>, <c>podID</c> (its pool name poolNN-CPU-MEM gives the memory
/// limit, MB) and the cost components <c>totalCost_cold_start, podAllocationCost, deployCodeCost, deployDependencyCost,
/// schedulingCost</c> (s). Each row is replayed as a call of funcName---userID---pool (the dataset's funcID) with the
/// pool's memory; the table has no run time, so a call runs <see cref="ReplayOptions.Seconds"/>. The cost components
/// are checked (numbers, not negative, at most the 1e8 s burstsim simulates) but not replayed: burstsim simulates the cold start itself.
/// </summary>
internal sealed class HuaweiColdStartFormat(ReplayOptions options) : ITraceRowFormat
{
    private static readonly string[] Costs = ["totalCost_cold_start", "podAllocationCost", "deployCodeCost", "deployDependencyCost", "schedulingCost"];
    private int _time, _function, _user, _pod;
    private int[] _costs = [];

    public string ArrivalColumn => "time";

    public void Bind(TraceTable table)
    {
        _time = table.Require("time");
        _function = table.Require("funcName");
        _user = table.Require("userID");
        _pod = table.Require("podID");
        _costs = [.. Costs.Select(table.Require)];
    }

    public TraceInvocation Read(TraceTable table)
    {
        double at = table.Double(_time);
        string function = table.Text(_function), user = table.Text(_user), pod = table.Text(_pod);
        if (function.Length == 0 || user.Length == 0)
        {
            throw table.Bad(function.Length == 0 ? _function : _user, "a function name and a user id are required");
        }

        foreach (int cost in _costs)
        {
            table.Duration(cost);
        }

        // podID: poolNN-CPU-MEM-NUMBER (pool22-300-128-0000618412: 300 millicores, 128 MB).
        string[] parts = pod.Split('-');
        if (parts.Length < 3 || !parts[0].StartsWith("pool", StringComparison.Ordinal) || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int memory) || memory < 1)
        {
            throw table.Bad(_pod, $"'{pod}' is not a pod id of the form poolNN-CPU-MEM-NUMBER (e.g. pool22-300-128-0000618412)");
        }

        string pool = string.Join('-', parts[..3]);
        return new TraceInvocation(at, user, function, 1, memory, options.Work(options.Seconds)) { Action = $"{function}---{user}---{pool}" };
    }
}
