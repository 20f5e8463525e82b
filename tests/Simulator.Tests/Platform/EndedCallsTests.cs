using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Scheduling;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Platform;

public sealed class EndedCallsTests
{
    private static readonly JobRun Job = new(
        new JobRequest(0, SimTime.Zero, "guest", "sleep", 10_000, 256, _ => new FunctionWork(0, 1.0)), SimTime.Zero);

    [Fact]
    public void Hands_the_monitor_its_workers_in_the_order_they_ended_across_chunks()
    {
        var ended = new EndedCalls();
        var workers = Enumerable.Range(0, 10_000).Select(i => Job.NewActivation(9_999 - i)).ToList();
        workers.ForEach(ended.Add);

        Assert.Equal(10_000, ended.Count);
        Assert.Equal(workers, ended.Drain());
        Assert.Equal(0, ended.Count);
    }

    [Fact]
    public void Starts_empty_again_after_a_poll_took_them()
    {
        var ended = new EndedCalls();
        ended.Add(Job.NewActivation(0));
        ended.Clear();
        ended.Add(Job.NewActivation(7));

        Assert.Equal([7], ended.Drain().Select(a => a.FunctionId));
    }
}
