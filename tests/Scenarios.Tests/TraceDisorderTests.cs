using System.Text;
using Burstsim.Scenarios.Cli;
using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Loading;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Issue 25 (hostile10 F16): a per-invocation trace out of arrival order is replayed through a reorder buffer holding
/// the rows within the lag; one row moved from the top to the end makes that the whole file (3 M rows: 1.7 GB instead
/// of 229 MB). The buffer's rows are now part of the memory check, which names the row that sets the lag and says to
/// sort the file.
/// </summary>
public sealed class TraceDisorderTests
{
    [Fact]
    public void A_reorder_buffer_that_cannot_fit_is_refused_naming_the_row_and_sorting_as_the_fix()
    {
        using var folder = new TempFolder();
        var rows = new StringBuilder("arrival_s,function,duration_s\n");
        for (int i = 1; i <= 1000; i++)
        {
            rows.Append(i).Append(",f,1\n");
        }

        rows.Append("0,f,1\n"); // the first call, written last: line 1002 arrives 1000 s before line 1001
        folder.Write("trace.csv", rows.ToString());
        string yaml = folder.Write("s.yaml", "cluster: {count: 2, cpus: 16}\nworkload: {type: trace, path: trace.csv}\npolicies: [burst]\n");

        CliResult result;
        using (AvailableMemory.Inject(MemoryEstimate.ProcessBytes + (100 * StreamBound.BytesPerReorderedRow)))
        {
            result = Shell.Run("run", yaml, "--out", folder["out"], "--no-figures");
        }

        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        string line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: workload", line, StringComparison.Ordinal);
        Assert.Contains($"{folder["trace.csv"]} is out of arrival order by up to 1000 s (line 1002 arrives 1000 s before line 1001 above it), so the replay holds about 1,001 rows at once", line, StringComparison.Ordinal);
        Assert.Contains("sort the file by arrival", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder["out"]));
    }
}
