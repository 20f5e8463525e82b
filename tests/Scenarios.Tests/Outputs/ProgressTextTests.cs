using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Tests.Outputs;

public sealed class ProgressTextTests
{
    [Fact]
    public void Labels_elapsed_and_remaining_time()
    {
        string text = ProgressDisplay.Describe("28 runs", 7, 28, TimeSpan.FromSeconds(10));

        Assert.Equal("28 runs: 7 done, 0:10 elapsed, about 0:30 left", text);
    }

    [Fact]
    public void Makes_no_estimate_before_the_first_run_ends()
    {
        Assert.Equal("1 runs: 0 done, 1:05:00 elapsed", ProgressDisplay.Describe("1 runs", 0, 1, TimeSpan.FromMinutes(65)));
    }
}
