using System.Globalization;
using System.Text;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Scenarios.Tests.Workloads;

namespace Burstsim.Scenarios.Tests.Traces;

/// <summary>
/// Small traces in each format <c>trace stats</c> and <c>trace sample</c> read, made here: five functions called
/// 1, 2, 4, 8 and 16 times (in the Azure 2019 day: the catalogue fixture's two), each with its scenario workload block.
/// </summary>
internal static class TraceFixtures
{
    /// <summary>Formats with a fixture, as <see cref="Write"/> takes them.</summary>
    public static readonly string[] Formats = ["azure", "azure-2021", "alibaba-fc", "huawei-cold-starts", "huawei-requests", "trace"];

    /// <summary>Calls of function k (0-based) in the per-invocation and Huawei fixtures.</summary>
    public static int Calls(int k) => 1 << k;

    /// <summary>Writes the fixture of <paramref name="format"/> into <paramref name="folder"/>/<paramref name="under"/>; returns its files.</summary>
    public static string[] Write(TempFolder folder, string format, string under = "in")
    {
        switch (format)
        {
            case "azure":
                var (i, d, m) = AzureFixture.Write(folder);
                return [i, d, m];
            case "huawei-requests":
                return [folder.Write($"{under}/requests_minute/day_01.csv", Requests()), folder.Write($"{under}/function_delay_minute/day_01.csv", Delays())];
            default:
                var rows = new StringBuilder(format switch
                {
                    "azure-2021" => "app,func,end_timestamp,duration\n",
                    "alibaba-fc" => "__time__,functionName,latency,runtime,memoryMB\n",
                    "huawei-cold-starts" => "time,clusterName,funcName,userID,requestID,totalCost_cold_start,podAllocationCost,deployCodeCost,deployDependencyCost,schedulingCost,podID\n",
                    _ => "arrival_s,function,duration_s,memory_mb\n",
                });
                for (int call = 0; call < 16; call++)
                {
                    for (int k = 0; k < 5; k++)
                    {
                        if (call < Calls(k))
                        {
                            double at = 1000 + (call * 37.5) + k;
                            rows.Append(format switch
                            {
                                "azure-2021" => FormattableString.Invariant($"app{k},f{k},{at + 0.5 + k},{0.5 + k}\n"),
                                "alibaba-fc" => FormattableString.Invariant($"{at},fn{k},0.4,python3,{128 << k}\n"),
                                "huawei-cold-starts" => FormattableString.Invariant($"{at},1,{k},7,r{call},1.5,0.1,0.2,0.3,0.9,pool2{k}-300-{128 << k}-00006{call}\n"),
                                _ => FormattableString.Invariant($"{at - 1000},f{k},{0.25 * (k + 1)},{256 * (k + 1)}\n"),
                            });
                        }
                    }
                }

                return [folder.Write($"{under}/{format}.csv", rows.ToString())];
        }
    }

    /// <summary>The workload block that replays <paramref name="files"/> (written by <see cref="Write"/> for <paramref name="format"/>).</summary>
    public static string Workload(string format, IReadOnlyList<string> files) => format switch
    {
        "azure" => $"  type: azure\n  invocations: {files[0]}\n  durations: {files[1]}\n" + (files.Count > 2 ? $"  memory: {files[2]}\n" : string.Empty),
        "huawei-requests" => $"  type: huawei\n  requests: {files.Single(f => f.Contains("requests", StringComparison.Ordinal))}\n  function_delay: {files.Single(f => f.Contains("delay", StringComparison.Ordinal))}\n",
        "huawei-cold-starts" => $"  type: huawei\n  cold_starts: {files[0]}\n",
        _ => $"  type: {format}\n  path: {files[0]}\n",
    };

    // Four minutes: function k's Calls(k) spread evenly where 4 divides it, else all in the first minute (NaN after, as pandas writes).
    private static string Requests() => Minutes(k => minute => Calls(k) >= 4 ? (Calls(k) / 4).ToString(CultureInfo.InvariantCulture) : minute == 0 ? Calls(k).ToString(CultureInfo.InvariantCulture) : "NaN");

    // Function k's mean delay is 100 (k + 1) ms in every minute.
    private static string Delays() => Minutes(k => _ => (100 * (k + 1)).ToString(CultureInfo.InvariantCulture));

    private static string Minutes(Func<int, Func<int, string>> cell)
    {
        var text = new StringBuilder("day,time,fn0,fn1,fn2,fn3,fn4\n");
        for (int minute = 0; minute < 4; minute++)
        {
            text.Append(CultureInfo.InvariantCulture, $"0,{minute * 60}");
            for (int k = 0; k < 5; k++)
            {
                text.Append(',').Append(cell(k)(minute));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
