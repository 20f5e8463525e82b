using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Workloads;

public sealed class StreamedJobsTests
{
    private static JobRequest Job(int id) => new(id, SimTime.FromSeconds(id), "t", "f", 1, 256, _ => FunctionWork.Sleep(1));

    [Fact]
    public void Makes_the_jobs_afresh_on_each_pass_and_reads_them_by_index_forward_and_back()
    {
        int opened = 0;
        var jobs = new StreamedJobs(5, () =>
        {
            opened++;
            return Enumerable.Range(0, 5).Select(Job).GetEnumerator();
        });

        Assert.Equal([0, 1, 2, 3, 4], jobs.Select(j => j.JobId));
        Assert.Equal([0, 1, 2, 3, 4], jobs.Select(j => j.JobId));
        Assert.Equal(3, jobs[3].JobId);
        Assert.Equal(4, jobs[4].JobId);
        Assert.Equal(1, jobs[1].JobId);
        Assert.Equal(4, opened); // two passes, then one walk forward, then one walk from the start again
    }

    [Fact]
    public void A_source_that_yields_other_than_it_announced_is_caught()
    {
        var jobs = new StreamedJobs(3, () => Enumerable.Range(0, 2).Select(Job).GetEnumerator());

        Assert.Throws<InvalidOperationException>(() => jobs.ToList());
    }
}
