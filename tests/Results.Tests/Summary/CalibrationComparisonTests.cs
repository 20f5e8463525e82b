using Burstsim.Results.Csv;
using Burstsim.Results.Summary;

namespace Burstsim.Results.Tests.Summary;

public sealed class CalibrationComparisonTests
{
    /// <summary>Measured rows on a Unix epoch, as a real run's; startups 1..5 s.</summary>
    private static LithopsRow[] Measured() =>
        [.. Enumerable.Range(1, 5).Select(s => new LithopsRow { HostJobCreateTstamp = 1_700_000_000, WorkerStartTstamp = 1_700_000_000 + s })];

    public sealed class Compare
    {
        [Fact]
        public void Reports_p50_p95_and_max_of_both_sides()
        {
            var comparison = CalibrationComparison.Compare(Measured(), [2.0, 4.0, 6.0, 8.0, 10.0]);

            Assert.Equal(new StartupProfile(5, 3, 4.8, 5), comparison.Measured);
            Assert.Equal(5, comparison.Simulated.Count);
            Assert.Equal(6, comparison.Simulated.P50, 9);
            Assert.Equal(9.6, comparison.Simulated.P95, 9);
            Assert.Equal(10, comparison.Simulated.Max);
        }

        [Fact]
        public void Gives_signed_relative_errors_of_the_simulation()
        {
            var slow = CalibrationComparison.Compare(Measured(), [2.0, 4.0, 6.0, 8.0, 10.0]);
            var fast = CalibrationComparison.Compare(Measured(), [0.5, 1.0, 1.5, 2.0, 2.5]);

            Assert.Equal(1.0, slow.P50RelativeError, 9);
            Assert.Equal(1.0, slow.P95RelativeError, 9);
            Assert.Equal(1.0, slow.MaxRelativeError, 9);
            Assert.Equal(-0.5, fast.P50RelativeError, 9);
            Assert.False(fast.IsWithin(0.2));
        }

        [Fact]
        public void Passes_a_simulation_within_the_tolerance()
        {
            var close = CalibrationComparison.Compare(Measured(), [1.1, 2.1, 3.1, 4.1, 5.1]);

            Assert.True(close.IsWithin(0.05));
            Assert.False(close.IsWithin(0.02));
        }

        [Fact]
        public void Never_passes_without_simulated_startups()
        {
            var empty = CalibrationComparison.Compare(Measured(), []);

            Assert.True(double.IsNaN(empty.P50RelativeError));
            Assert.False(empty.IsWithin(1));
        }
    }
}
