using Burstsim.Results.Summary;
using Burstsim.Results.Tests.Csv;
using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;

namespace Burstsim.Results.Tests.Summary;

public sealed class RunSummaryAccumulatorTests
{
    private static RunSummaryAccumulator Accumulate(IEnumerable<ActivationRecord> records)
    {
        var accumulator = new RunSummaryAccumulator(SampleActivations.Context());
        foreach (var record in records)
        {
            accumulator.Add(record);
        }

        return accumulator;
    }

    /// <summary>Functions with the given func start/end seconds (startup and placement do not matter here).</summary>
    private static RunSummaryAccumulator Intervals(params (double Start, double End)[] intervals) =>
        Accumulate(intervals.Select((x, i) => SampleActivations.Record(i, create: 0, start: x.Start, funcStart: x.Start, funcEnd: x.End, end: x.End)));

    /// <summary>Functions created at 0 whose startups are the given seconds.</summary>
    private static RunSummaryAccumulator Startups(params double[] startups) =>
        Accumulate(startups.Select((s, i) => SampleActivations.Record(i, create: 0, start: s, funcStart: s, funcEnd: s + 5, end: s + 5.1)));

    public sealed class ToSummaryRow
    {
        [Fact]
        public void Interpolates_startup_percentiles_between_order_statistics_like_numpy()
        {
            // Shuffled on purpose: records arrive in completion order, not function order.
            var row = Startups(7, 3, 10, 1, 5, 9, 2, 8, 4, 6).ToSummaryRow();

            Assert.Equal(5.5, row.StartupP50S, 9);   // h = 9 * 0.50 = 4.5: halfway between 5 and 6
            Assert.Equal(9.55, row.StartupP95S, 9);  // h = 8.55: 9 + 0.55
            Assert.Equal(9.91, row.StartupP99S, 9);  // h = 8.91: 9 + 0.91
            Assert.Equal(10, row.StartupMaxS);
            Assert.Equal(5.5, row.StartupMeanS, 9);
            Assert.Equal(10, row.Functions);
        }

        [Fact]
        public void Gives_the_same_percentiles_and_peak_for_a_run_longer_than_35_minutes()
        {
            // Startups and instants hours apart: the accumulator's compact columns widen and stay exact.
            double[] startups = [7200.5, 3, 10.25, 14400, 1, 5];
            var row = Startups(startups).ToSummaryRow();

            Assert.Equal(Burstsim.Results.Statistics.Quantiles.Of(startups, 0.50), row.StartupP50S);
            Assert.Equal(Burstsim.Results.Statistics.Quantiles.Of(startups, 0.95), row.StartupP95S);
            Assert.Equal(14400, row.StartupMaxS);
            Assert.Equal(2, Intervals((0, 10), (9000, 9005), (9001, 20000), (1, 2)).ToSummaryRow().PeakConcurrency);
        }

        [Theory]
        [InlineData(997)]
        [InlineData(120_000)] // past the size where the peak's sweep runs beside the percentiles
        public void Gives_the_same_row_when_its_columns_spill_to_disk(int count)
        {
            // A long trace's columns are written out as sorted runs; every percentile, the peak and the sweep must not move.
            var random = new Random(5);
            var records = Enumerable.Range(0, count).Select(i =>
            {
                double create = random.NextDouble() * 5000;
                double start = create + (random.NextDouble() * random.NextDouble() * 30);
                double end = start + (random.NextDouble() * 600);
                return SampleActivations.Record(i, create: create, start: start, funcStart: start, funcEnd: end, end: end + 0.1);
            }).ToList();
            var held = new RunSummaryAccumulator(SampleActivations.Context());
            var spilled = new RunSummaryAccumulator(SampleActivations.Context(), 0, spillRows: 64);
            foreach (var record in records)
            {
                held.Add(record);
                spilled.Add(record);
            }

            var row = held.ToSummaryRow();
            Assert.Equal(row, spilled.ToSummaryRow());
            Assert.Equal(held.RunningFunctions(), spilled.RunningFunctions());
            Assert.Equal(held.RunningFunctions().Max(s => s.Running), row.PeakConcurrency);
            Assert.Equal(held.StartupSeconds, spilled.StartupSeconds);
        }

        [Fact]
        public void Measures_the_start_up_to_the_function_start_as_the_burst_paper_plots_it()
        {
            // Created at 1 s; workers start at 2, 3, 4 s and their functions 0.5 s later: 1.5, 2.5, 3.5 s after creation.
            var row = Accumulate([
                SampleActivations.Record(0, create: 1, start: 4, funcStart: 4.5, funcEnd: 9, end: 9.1),
                SampleActivations.Record(1, create: 1, start: 2, funcStart: 2.5, funcEnd: 7, end: 7.1),
                SampleActivations.Record(2, create: 1, start: 3, funcStart: 3.5, funcEnd: 8, end: 8.1),
            ]).ToSummaryRow();

            Assert.Equal(2.5, row.FuncStartupP50S, 9);
            Assert.Equal(3.5, row.FuncStartupMaxS, 9);
            Assert.Equal(2.0, row.StartupP50S, 9); // the summary's own startup stops at worker_start
        }

        [Fact]
        public void Spans_the_attempts_when_no_function_succeeded()
        {
            // Two functions created at 2 s, both failed (killed at their time limit): no makespan, but the cluster was in
            // use until the last worker end, 30.5 s, so 28.5 s is what the rented invokers are charged for.
            var accumulator = Accumulate([
                SampleActivations.Record(0, create: 2, start: 3, funcStart: 3.5, funcEnd: 28.5, end: 28.6) with { Status = ActivationStatus.Failed },
                SampleActivations.Record(1, create: 2, start: 4, funcStart: 4.5, funcEnd: 29.5, end: 30.5) with { Status = ActivationStatus.Failed },
            ]);

            Assert.True(double.IsNaN(accumulator.ToSummaryRow().MakespanS));
            Assert.Equal(28.5, accumulator.AttemptsSpanS, 9);
        }

        [Fact]
        public void Gives_the_only_startup_for_every_percentile_of_a_single_function()
        {
            var row = Startups(1.25).ToSummaryRow();

            Assert.Equal([1.25, 1.25, 1.25, 1.25, 1.25], [row.StartupP50S, row.StartupP95S, row.StartupP99S, row.StartupMaxS, row.StartupMeanS]);
        }

        [Fact]
        public void Counts_the_most_functions_running_at_once()
        {
            // A [0,10) B [2,5) C [4,8) D [9,12): A, B and C all run during [4,5).
            var row = Intervals((0, 10), (2, 5), (4, 8), (9, 12)).ToSummaryRow();

            Assert.Equal(3, row.PeakConcurrency);
        }

        [Fact]
        public void Does_not_count_back_to_back_functions_as_overlapping()
        {
            // Each ends at the instant the next starts: ends are processed first, so never two at once.
            var row = Intervals((0, 5), (5, 10), (10, 15)).ToSummaryRow();

            Assert.Equal(1, row.PeakConcurrency);
        }

        [Fact]
        public void Counts_functions_that_start_at_the_same_instant_together()
        {
            var row = Intervals((1, 6), (1, 6), (1, 6), (6, 11)).ToSummaryRow();

            Assert.Equal(3, row.PeakConcurrency);
        }

        [Fact]
        public void Measures_makespan_from_the_earliest_job_create_to_the_last_worker_end()
        {
            var row = Accumulate([
                SampleActivations.Record(0, create: 0.5, start: 2, funcStart: 2.1, funcEnd: 7.1, end: 7.25),
                SampleActivations.Record(1, create: 0.75, start: 3, funcStart: 3.1, funcEnd: 8.1, end: 9.5),
                SampleActivations.Record(2, create: 1, start: 1.5, funcStart: 1.6, funcEnd: 6.6, end: 6.7),
            ]).ToSummaryRow();

            Assert.Equal(9.0, row.MakespanS, 9);
        }

        [Fact]
        public void Splits_the_makespan_along_the_critical_path_of_the_function_that_ended_last()
        {
            // Given two phased functions; the second ends last, its path starting at the first's worker_start (1.5 s)
            var first = SampleActivations.Record(0, create: 0, start: 1.5, funcStart: 1.6, funcEnd: 6.0, end: 6.1) with
            {
                CommTime = SimSpan.FromSeconds(1.0),
                SyncTime = SimSpan.FromSeconds(0.0),
            };
            var last = SampleActivations.Record(1, create: 0, start: 1.0, funcStart: 1.1, funcEnd: 7.0, end: 7.1) with
            {
                PathOrigin = SimTime.FromSeconds(1.5),
                PathComputeTime = SimSpan.FromSeconds(4.0),
                PathCommTime = SimSpan.FromSeconds(1.5),
                CommTime = SimSpan.FromSeconds(1.5),
                SyncTime = SimSpan.FromSeconds(0.5),
            };

            var row = Accumulate([first, last]).ToSummaryRow();

            // Then startup 1.5 + compute 4 + comm 1.5 (+ 0.1 func start) reach the makespan of 7.1 s; the means cover both
            Assert.Equal(1.5, row.CriticalStartupS, 9);
            Assert.Equal(4.0, row.CriticalComputeS, 9);
            Assert.Equal(1.5, row.CriticalCommS, 9);
            Assert.Equal(7.1, row.MakespanS, 9);
            Assert.Equal(1.25, row.CommMeanS, 9);
            Assert.Equal(0.25, row.SyncMeanS, 9);
        }

        [Fact]
        public void Counts_distinct_containers_and_invokers_and_every_cold_start()
        {
            var row = Accumulate([
                SampleActivations.Record(0, invoker: "invoker0", container: "container0", cold: true),
                SampleActivations.Record(1, invoker: "invoker0", container: "container0", cold: false),
                SampleActivations.Record(2, invoker: "invoker0", container: "container1", cold: true),
                SampleActivations.Record(3, invoker: "invoker1", container: "container2", cold: true),
            ]).ToSummaryRow();

            Assert.Equal(3, row.Containers);
            Assert.Equal(2, row.InvokersUsed);
            Assert.Equal(3, row.ColdStarts);
        }

        [Fact]
        public void Takes_the_makespan_from_attempts_that_ran_to_the_end_and_leaves_lost_ones_out_of_the_invokers()
        {
            // A lost attempt's worker times say when it was lost (here at 0.08 s, before any invoker), not when work ended.
            var lost = SampleActivations.Record(0, create: 0, start: 0.08, funcStart: 0.08, funcEnd: 0.08, end: 0.08, invoker: "(none)", container: "(none)") with { Status = ActivationStatus.Failed };
            var ran = SampleActivations.Record(1, create: 0, start: 1.0, funcStart: 1.1, funcEnd: 6.1, end: 6.2, invoker: "invoker0", container: "container0");
            var lateFailure = SampleActivations.Record(2, create: 0, start: 1.0, funcStart: 1.1, funcEnd: 9.0, end: 9.0, invoker: "invoker1", container: "container1") with { Status = ActivationStatus.Failed };

            var onlyLost = Accumulate([lost]).ToSummaryRow();
            var mixed = Accumulate([lost, ran, lateFailure]).ToSummaryRow();

            Assert.True(double.IsNaN(onlyLost.MakespanS));
            Assert.Equal(0, onlyLost.InvokersUsed);
            Assert.Equal(1, onlyLost.Failed);
            Assert.Equal(6.2, mixed.MakespanS, 9);
            Assert.Equal(2, mixed.InvokersUsed);
        }

        [Fact]
        public void Reports_no_startups_no_makespan_and_zero_counts_for_a_run_without_functions()
        {
            var row = Accumulate([]).ToSummaryRow();

            Assert.Equal(0, row.Functions);
            Assert.True(double.IsNaN(row.MakespanS)); // an empty cell, not a makespan of 0 s
            Assert.True(double.IsNaN(row.StartupP50S));
            Assert.True(double.IsNaN(row.StartupMaxS));
            Assert.True(double.IsNaN(row.StartupMeanS));
            Assert.Equal(0, row.PeakConcurrency);
        }

        [Fact]
        public void Does_not_depend_on_the_order_records_arrive_in()
        {
            var records = Enumerable.Range(0, 200)
                .Select(i => SampleActivations.Record(i, create: 0, start: 1 + (i % 17 / 3.0), funcStart: 1 + (i % 17 / 3.0), funcEnd: 7 + (i % 13 / 7.0), end: 8 + (i % 13 / 7.0), container: $"c{i % 9}"))
                .ToList();

            var forward = Accumulate(records).ToSummaryRow();
            records.Reverse();

            Assert.Equal(forward, Accumulate(records).ToSummaryRow());
        }

        [Fact]
        public void Carries_the_run_context()
        {
            Assert.Equal(SampleActivations.Context(), Startups(1).ToSummaryRow().Context);
        }
    }

    public sealed class RunningFunctions
    {
        [Fact]
        public void Gives_a_step_wherever_the_number_of_running_functions_changes()
        {
            var steps = Intervals((0, 10), (2, 5), (4, 8), (9, 12)).RunningFunctions();

            Assert.Equal(
                [new(0, 1), new(2, 2), new(4, 3), new(5, 2), new(8, 1), new(9, 2), new(10, 1), new(12, 0)],
                steps);
        }

        [Fact]
        public void Has_no_step_where_one_function_ends_as_another_starts()
        {
            var steps = Intervals((0, 5), (5, 10)).RunningFunctions();

            Assert.Equal([new ConcurrencyStep(0, 1), new ConcurrencyStep(10, 0)], steps);
        }
    }

    public sealed class StartupSeconds
    {
        [Fact]
        public void Lists_every_startup_in_ascending_order()
        {
            Assert.Equal([1.0, 2.5, 4.0], Startups(4, 1, 2.5).StartupSeconds);
        }
    }

    public sealed class Add
    {
        [Fact]
        public void Rejects_a_function_that_ends_before_it_starts()
        {
            var accumulator = new RunSummaryAccumulator(SampleActivations.Context());

            Assert.Throws<ArgumentException>(() => accumulator.Add(SampleActivations.Record(0, funcStart: 5, funcEnd: 4)));
        }
    }
}
