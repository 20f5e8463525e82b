using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Workloads;

namespace Burstsim.Simulator.Tests.Workloads;

public sealed class PrefetchedJobsTests
{
    private static JobRequest Job(int id) => new(id, SimTime.FromSeconds(id), "t", "f", 1, 256, _ => FunctionWork.Sleep(1));

    private static List<int> Walk(IEnumerator<JobRequest> jobs)
    {
        var ids = new List<int>();
        while (jobs.MoveNext())
        {
            ids.Add(jobs.Current.JobId);
        }

        return ids;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(PrefetchedJobs.BatchSize)]
    [InlineData((PrefetchedJobs.BatchSize * (PrefetchedJobs.BatchesQueued + 3)) + 17)]
    public void Hands_over_every_job_once_in_the_order_the_source_made_them(int count)
    {
        using var jobs = new PrefetchedJobs(Enumerable.Range(0, count).Select(Job));

        Assert.Equal(Enumerable.Range(0, count), Walk(jobs));
        Assert.False(jobs.MoveNext()); // stays at the end
    }

    [Fact]
    public void An_exception_the_source_threw_reaches_the_consumer_unchanged_after_the_jobs_before_it()
    {
        IEnumerable<JobRequest> Failing()
        {
            for (int i = 0; i < 3000; i++)
            {
                yield return Job(i);
            }

            throw new TraceFormatException("day.csv", 7, "duration", "not a number");
        }

        using var jobs = new PrefetchedJobs(Failing());
        int seen = 0;
        var e = Assert.Throws<TraceFormatException>(() =>
        {
            while (jobs.MoveNext())
            {
                seen++;
            }
        });

        Assert.Equal(3000, seen);
        Assert.Contains("day.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_early_stops_the_producer_and_lets_go_of_the_source()
    {
        bool disposed = false;
        IEnumerable<JobRequest> Endless()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    yield return Job(i);
                }
            }
            finally
            {
                disposed = true;
            }
        }

        var jobs = new PrefetchedJobs(Endless());
        Assert.True(jobs.MoveNext());
        jobs.Dispose(); // the producer is blocked on a full queue: it must still stop

        Assert.True(disposed);
        Assert.Throws<ObjectDisposedException>(() => jobs.MoveNext());
    }
}
