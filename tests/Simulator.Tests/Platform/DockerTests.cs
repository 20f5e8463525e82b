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
        [InlineData(ContainerFactory.Docker, "lithops-runtime:3.9", true)] // every create, whatever the tag
        [InlineData(ContainerFactory.Docker, "lithops-runtime", true)]
        [InlineData(ContainerFactory.Kubernetes, "lithops-runtime:latest", true)] // imagePullPolicy Always
        [InlineData(ContainerFactory.Kubernetes, "lithops-runtime:3.9", false)] // IfNotPresent, and the node has it
        public void By_default_the_container_factory_decides(ContainerFactory factory, string image, bool pulls)
        {
            var parameters = HandWorked.Parameters with
            {
                Invoker = HandWorked.Parameters.Invoker with { PullBeforeRun = null, ContainerFactory = factory },
                Runtime = HandWorked.Parameters.Runtime with { Image = image },
            };

            var (_, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), parameters, "classic", new JobListWorkload(Sleep(0, 0.0, 1, 1.0)));

            double expected = HandWorked.SerialS + HandWorked.RunStartS + HandWorked.InitS + (pulls ? parameters.Invoker.DockerPullS.MedianS : 0);
            Assert.Equal(expected, sink.Records[0].ColdStartTime.Seconds, Tick);
        }
    }

    public sealed class ImageCache
    {
        /// <summary>Docker factory, a 1000 MB image no node has, 125 MB/s from the registry (8 s), a 0.5 s registry check.</summary>
        private static PlatformParameters Uncached => HandWorked.Parameters with
        {
            Invoker = HandWorked.Parameters.Invoker with { PullBeforeRun = null, ContainerFactory = ContainerFactory.Docker, ImageCachedAtStart = false, RegistryMbPerS = 125 },
            Runtime = HandWorked.Parameters.Runtime with { ImageSizeMb = 1000 },
        };

        [Fact]
        public void A_nodes_first_start_waits_for_the_whole_download_and_later_ones_only_check_the_registry()
        {
            // Given two actions (tenants) whose first calls come at 0 and 20 s on one invoker
            var workload = new JobListWorkload(Sleep(0, 0.0, 1, 1.0, tenant: "alice"), Sleep(1, 20.0, 1, 1.0, tenant: "bob"));
            var (outcome, sink) = Runs.Execute(Runs.OneInvoker(8, 1024), Uncached, "classic", workload);

            // Then the first cold start pays check 0.5 + download 1000 / 125 = 8 s + docker run 0.3 + /init 0.3 = 9.1 s,
            // the second (the node has the image now) check 0.5 + 0.6 = 1.1 s
            Assert.Equal(9.1, Assert.Single(sink.OfJob(0)).ColdStartTime.Seconds, Tick);
            Assert.Equal(1.1, Assert.Single(sink.OfJob(1)).ColdStartTime.Seconds, Tick);
            Assert.Equal(2, outcome.FunctionsReported);
        }

        [Fact]
        public void Concurrent_creates_of_the_image_share_one_download()
        {
            // Given three calls at once on a node without the image
            var deployment = new Deployment(Runs.OneInvoker(cpus: 8, userMemoryMb: 1024), Uncached, PolicySpec.Classic);
            deployment.Submit(Sleep(0, 0.0, 3, 1.0));
            deployment.Run();

            // Then one pull, one download: each container waits 8.5 s for the image, then docker run's serial part queues them
            var docker = deployment.Platform.Invokers[0].Docker;
            Assert.Equal(1, docker.Pulls);
            Assert.Equal(1, docker.Downloads);
            var coldStarts = deployment.Sink.Records.Select(r => r.ColdStartTime.Seconds).Order().ToArray();
            Assert.Equal([9.1, 9.2, 9.3], coldStarts.Select(c => Math.Round(c, 6)));
        }

        [Fact]
        public void Each_node_downloads_the_image_once()
        {
            var (_, sink) = Runs.Execute(ClusterSpec(2), Uncached with { Controller = Uncached.Controller with { BlackboxFraction = 1.0 } }, "classic:round-robin", new JobListWorkload(Sleep(0, 0.0, 2, 1.0)));

            Assert.Equal(2, sink.Records.Select(r => r.Invoker).Distinct().Count());
            Assert.All(sink.Records, r => Assert.Equal(9.1, r.ColdStartTime.Seconds, Tick));
        }

        private static Simulator.Platform.ClusterSpec ClusterSpec(int invokers) => Simulator.Platform.ClusterSpec.Uniform(Enumerable.Repeat(8, invokers).ToArray(), 2048);
    }
}
