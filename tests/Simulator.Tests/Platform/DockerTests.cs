using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Tests.Support;
using static Burstsim.Simulator.Tests.Support.JobListWorkload;

namespace Burstsim.Simulator.Tests.Platform;

public sealed class DockerTests
{
    private const double Tick = 1e-6;

    private static PlatformParameters WithDocker(int parallelRuns, double serialS, double startS, bool pull = false) =>
        HandWorked.Parameters with
        {
            Invoker = HandWorked.Parameters.Invoker with { DockerParallelRuns = parallelRuns, DockerRunSerialS = serialS, DockerRunStartS = startS, PullBeforeRun = pull },
        };

    public sealed class ParallelRuns
    {
        [Theory]
        [InlineData(3, 40)]
        [InlineData(10, 40)]
        [InlineData(1, 6)]
        public void Runs_in_flight_reach_but_never_exceed_the_limit(int limit, int activations)
        {
            // Given one invoker with room for every container, and a slow docker run
            var parameters = WithDocker(limit, serialS: 0.01, startS: 1.0);
            var deployment = new Deployment(Runs.OneInvoker(cpus: 64, userMemoryMb: activations * 256), parameters, PolicySpec.Classic);
            deployment.Submit(Sleep(0, 0.0, activations, 1.0));
            var invoker = deployment.Platform.Invokers[0];
            int most = 0;

            // When all calls arrive at once, watching the daemon after every event
            deployment.Run(() => most = Math.Max(most, invoker.Docker.RunsInFlight));

            // Then the semaphore was full at some point and never over
            Assert.Equal(limit, most);
            Assert.Equal(limit, invoker.Docker.MaxRunsInFlight);
            Assert.Equal(activations, deployment.Records.Count);
        }

        [Fact]
        public void The_run_outcome_reports_the_most_runs_in_flight_per_invoker()
        {
            var (outcome, _) = Runs.Execute(Runs.OneInvoker(64, 40 * 256), WithDocker(3, 0.01, 1.0), "classic", new JobListWorkload(Sleep(0, 0.0, 40, 1.0)));

            Assert.Equal([3], outcome.MaxDockerRunsInFlight);
        }

        [Fact]
        public void A_run_waiting_for_a_slot_starts_when_one_frees_and_then_queues_for_the_daemon()
        {
            // Given 2 parallel runs, 0.1 s serial and 1.0 s start, four calls at once:
            // c1 daemon [0, 0.1] up 1.1; c2 [0.1, 0.2] up 1.2; c3 gets c1's slot at 1.1, daemon to 1.2, up 2.2; c4 up 2.3
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 2048), WithDocker(2, 0.1, 1.0), "classic", new JobListWorkload(Sleep(0, 0.0, 4, 1.0)));

            // Then creation (docker run + /init 0.3) took
            var created = sink.Records.Select(r => r.ColdStartTime.Seconds).Order().ToArray();
            Assert.Equal([1.4, 1.5, 2.5, 2.6], created, (x, y) => Math.Abs(x - y) < Tick);
        }
    }

    public sealed class SerialDaemon
    {
        [Theory]
        [InlineData(0.1)]
        [InlineData(0.155)]
        public void Successive_containers_on_one_invoker_start_the_serial_part_apart(double serialS)
        {
            // Given six calls reaching one invoker at the same instant
            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 2048), WithDocker(10, serialS, 0.2), "classic", new JobListWorkload(Sleep(0, 0.0, 6, 1.0)));

            // Then their workers start exactly the serial part apart
            var starts = sink.Records.Select(r => r.WorkerStart.Seconds).Order().ToArray();
            for (int i = 1; i < starts.Length; i++)
            {
                Assert.Equal(serialS, starts[i] - starts[i - 1], Tick);
            }
        }

        [Fact]
        public void Each_invoker_has_its_own_daemon()
        {
            // Given two invokers and a round-robin balancer sending three calls to each
            var (_, sink) = Runs.Execute(ClusterSpec(2), WithDocker(10, 0.1, 0.2), "classic:round-robin", new JobListWorkload(Sleep(0, 0.0, 6, 1.0)));

            // Then each invoker starts its first container at the same time as the other
            var firsts = sink.Records.GroupBy(r => r.Invoker).Select(g => g.Min(r => r.WorkerStart)).Distinct();
            Assert.Single(firsts);
        }

        private static Simulator.Platform.ClusterSpec ClusterSpec(int invokers) => Simulator.Platform.ClusterSpec.Uniform(Enumerable.Repeat(8, invokers).ToArray(), 2048);
    }

    public sealed class Pull
    {
        [Fact]
        public void Pulling_before_run_adds_the_pull_to_every_cold_start()
        {
            var workload = new JobListWorkload(Sleep(0, 0.0, 1, 1.0));

            var (_, without) = Runs.Execute(Runs.OneInvoker(8, 1024), WithDocker(10, 0.1, 0.2, pull: false), "classic", workload);
            var (_, with) = Runs.Execute(Runs.OneInvoker(8, 1024), WithDocker(10, 0.1, 0.2, pull: true), "classic", workload);

            Assert.Equal(
                HandWorked.Parameters.Invoker.DockerPullS.MedianS,
                with.Records[0].ColdStartTime.Seconds - without.Records[0].ColdStartTime.Seconds,
                Tick);
        }

        [Theory]
        [InlineData("lithops-runtime:latest", true)]
        [InlineData("lithops-runtime", true)]
        [InlineData("lithops-runtime:3.9", false)]
        public void By_default_the_image_tag_decides(string image, bool pulls)
        {
            var parameters = HandWorked.Parameters with
            {
                Invoker = HandWorked.Parameters.Invoker with { PullBeforeRun = null },
                Runtime = HandWorked.Parameters.Runtime with { Image = image },
            };

            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 1, 1.0)));

            double expected = HandWorked.SerialS + HandWorked.RunStartS + HandWorked.InitS + (pulls ? parameters.Invoker.DockerPullS.MedianS : 0);
            Assert.Equal(expected, sink.Records[0].ColdStartTime.Seconds, Tick);
        }
    }
}
