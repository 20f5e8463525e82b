using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Tests.Outputs;

public sealed class ProgressTextTests
{
    [Fact]
    public void Labels_elapsed_and_remaining_time()
    {
        string text = ProgressDisplay.Describe("28 runs", 7, 28, TimeSpan.FromSeconds(10));

        Assert.Equal("28 runs: 7 done, elapsed 0:10, left ~0:30", text);
    }

    [Fact]
    public void Makes_no_estimate_before_the_first_run_ends()
    {
        Assert.Equal("2 runs: 0 done, elapsed 1:05:00", ProgressDisplay.Describe("2 runs", 0, 2, TimeSpan.FromMinutes(65)));
    }

    [Fact]
    public void A_single_run_estimates_from_the_functions_it_has_reported()
    {
        string text = ProgressDisplay.DescribeRun("1 run", 0.25, TimeSpan.FromSeconds(20));

        Assert.Equal("1 run: 25% of functions done, elapsed 0:20, left ~1:00", text);
        // Beside a 16-column bar and the percentage (5), with the separators, the line fits 80 columns.
        Assert.True(16 + 1 + 5 + 1 + ProgressDisplay.DescribeRun("1 run", 0.999, TimeSpan.FromHours(9.9)).Length <= 80);
        Assert.Equal("1 run: 0% of functions done, elapsed 0:03", ProgressDisplay.DescribeRun("1 run", 0, TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void Counts_reported_functions_across_runs_and_caps_retries()
    {
        var counts = new ReportedFunctions();
        Assert.Null(counts.Fraction);
        var sink = counts.Sink();
        sink.Expect(4);
        for (int i = 0; i < 3; i++)
        {
            sink.Add(null!);
        }

        Assert.Equal(0.75, counts.Fraction);
        sink.Add(null!);
        sink.Add(null!); // a retried attempt's row
        Assert.Equal(1.0, counts.Fraction);
        Assert.Equal(5, counts.Reported);
    }
}
