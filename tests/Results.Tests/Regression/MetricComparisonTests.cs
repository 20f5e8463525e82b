using Burstsim.Results.Regression;

namespace Burstsim.Results.Tests.Regression;

public sealed class MetricComparisonTests
{
    private static readonly RunKey Run = new("thesis-sleep-120", "thesis-sleep-120", "burst");
    private static readonly GateMetric Makespan = GateMetric.Find("makespan_s")!;
    private static readonly GateMetric Peak = GateMetric.Find("peak_concurrency")!;

    private static MetricValue Exactly(double v) => new(v, v, v);

    private static Verdict Judge(GateMetric metric, MetricValue baseline, double now, Tolerance tolerance) =>
        MetricComparison.Compare(Run, metric, baseline, Exactly(now), tolerance).Verdict;

    public sealed class A_relative_tolerance
    {
        [Theory]
        [InlineData(10.0, Verdict.Holds)]
        [InlineData(10.19, Verdict.Holds)]
        [InlineData(10.2, Verdict.Holds)]
        [InlineData(10.21, Verdict.Regressed)]
        [InlineData(9.8, Verdict.Holds)]
        [InlineData(9.79, Verdict.Improved)]
        public void Allows_two_percent_either_way_and_calls_a_longer_makespan_a_regression(double now, Verdict expected) =>
            Assert.Equal(expected, Judge(Makespan, Exactly(10), now, new Tolerance(0.02, null, false)));

        [Fact]
        public void Calls_fewer_functions_running_together_a_regression_and_more_an_improvement()
        {
            var tolerance = new Tolerance(0.02, null, false);

            Assert.Equal(Verdict.Regressed, Judge(Peak, Exactly(120), 100, tolerance));
            Assert.Equal(Verdict.Improved, Judge(Peak, Exactly(100), 120, tolerance));
        }
    }

    public sealed class An_interval_tolerance
    {
        [Fact]
        public void Allows_anything_inside_the_baselines_95_percent_interval_on_the_side_it_moved_to()
        {
            var baseline = new MetricValue(10, 9.5, 11);
            var tolerance = new Tolerance(null, null, true);

            Assert.Equal(Verdict.Holds, Judge(Makespan, baseline, 10.9, tolerance));
            Assert.Equal(Verdict.Regressed, Judge(Makespan, baseline, 11.1, tolerance));
            Assert.Equal(Verdict.Holds, Judge(Makespan, baseline, 9.6, tolerance));
            Assert.Equal(Verdict.Improved, Judge(Makespan, baseline, 9.4, tolerance));
        }

        [Fact]
        public void Falls_back_to_the_relative_floor_when_the_interval_has_zero_width()
        {
            // One replication, or a model without run-to-run variability: the interval alone would fail any change.
            var tolerance = new Tolerance(0.02, null, true);

            Assert.Equal(Verdict.Holds, Judge(Makespan, Exactly(10), 10.15, tolerance));
            Assert.Equal(Verdict.Regressed, Judge(Makespan, Exactly(10), 10.25, tolerance));
        }

        [Fact]
        public void Uses_the_wider_of_interval_and_floor()
        {
            var wide = new MetricValue(10, 9, 11);
            var tolerance = new Tolerance(0.02, null, true);

            Assert.Equal(Verdict.Holds, Judge(Makespan, wide, 10.9, tolerance));
            Assert.Equal(1.0, tolerance.Allowed(wide, 10.9), 9);
            Assert.Equal(0.2, Tolerance.Default.Allowed(wide, 10.9), 9);
        }
    }

    public sealed class An_absolute_tolerance
    {
        [Fact]
        public void Is_in_the_metrics_unit_whatever_the_baseline()
        {
            var tolerance = new Tolerance(null, 0.05, false);

            Assert.Equal(Verdict.Holds, Judge(Makespan, Exactly(0.5), 0.55, tolerance));
            Assert.Equal(Verdict.Regressed, Judge(Makespan, Exactly(0.5), 0.56, tolerance));
        }

        [Fact]
        public void Of_zero_passes_only_the_same_value_at_the_recorded_resolution()
        {
            var exact = new Tolerance(null, 0, false);

            Assert.Equal(Verdict.Holds, Judge(Makespan, Exactly(4.271200), 4.2712004, exact));
            Assert.Equal(Verdict.Regressed, Judge(Makespan, Exactly(4.271200), 4.271202, exact));
        }
    }

    public sealed class A_missing_value
    {
        [Fact]
        public void Holds_when_neither_run_had_one_and_regresses_when_it_disappeared()
        {
            Assert.Equal(Verdict.Holds, MetricComparison.Compare(Run, Makespan, MetricValue.None, MetricValue.None, Tolerance.Default).Verdict);
            Assert.Equal(Verdict.Regressed, MetricComparison.Compare(Run, Makespan, Exactly(3), MetricValue.None, Tolerance.Default).Verdict);
        }
    }

    public sealed class The_message
    {
        [Fact]
        public void Names_scenario_case_policy_and_metric_with_the_numbers()
        {
            var check = MetricComparison.Compare(new RunKey("paper-startup", "w96", "burst:g=6"), Makespan, Exactly(7.716), Exactly(8.1), new Tolerance(0.02, null, true));

            Assert.Equal(
                "scenario paper-startup, case w96, policy burst:g=6, metric makespan_s: regressed: baseline 7.716 s, now 8.100 s, delta +0.384 s (+5.0%), allowed 2% or 95% interval = 0.15432 s",
                check.Message());
        }
    }
}
