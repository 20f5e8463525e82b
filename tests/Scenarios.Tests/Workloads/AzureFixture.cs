using System.Globalization;
using System.Text;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Workloads;

/// <summary>
/// A tiny trace in the Azure Functions 2019 format, made here (the real files are large):
/// f1 (app1) runs 3 times in minute 1 and twice in minute 3; f2 (app2) 4 times in minute 2;
/// f3 is invoked but has no duration row; app2 has no memory row.
/// </summary>
internal static class AzureFixture
{
    public static (string Invocations, string Durations, string Memory) Write(TempFolder folder)
    {
        var invocations = new StringBuilder("HashOwner,HashApp,HashFunction,Trigger");
        for (int m = 1; m <= 1440; m++)
        {
            invocations.Append(',').Append(m.ToString(CultureInfo.InvariantCulture));
        }

        invocations.Append('\n');
        invocations.Append(Row("o1,app1,f1,http", new() { [1] = 3, [3] = 2 }));
        invocations.Append(Row("o2,app2,f2,queue", new() { [2] = 4 }));
        invocations.Append(Row("o2,app2,f3,timer", new() { [1] = 7 }));
        invocations.Append(Row("o3,app3,f4,timer", new()));

        const string durations = """
            HashOwner,HashApp,HashFunction,Average,Count,Minimum,Maximum,percentile_Average_0,percentile_Average_1,percentile_Average_25,percentile_Average_50,percentile_Average_75,percentile_Average_99,percentile_Average_100
            o1,app1,f1,1000,5,100,3000,100,200,500,1000,1500,2800,3000
            o2,app2,f2,50,4,10,90,10,10,20,50,70,90,90
            """;
        const string memory = """
            HashOwner,HashApp,SampleCount,AverageAllocatedMb,AverageAllocatedMb_pct1,AverageAllocatedMb_pct5,AverageAllocatedMb_pct25,AverageAllocatedMb_pct50,AverageAllocatedMb_pct75,AverageAllocatedMb_pct95,AverageAllocatedMb_pct99,AverageAllocatedMb_pct100
            o1,app1,100,150,120,125,140,150,160,170,180,190
            """;
        return (folder.Write("az/invocations.csv", invocations.ToString()), folder.Write("az/durations.csv", durations), folder.Write("az/memory.csv", memory));
    }

    private static string Row(string keys, Dictionary<int, int> counts) =>
        keys + string.Concat(Enumerable.Range(1, 1440).Select(m => "," + counts.GetValueOrDefault(m).ToString(CultureInfo.InvariantCulture))) + "\n";
}
