using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Tests.Outputs;

public sealed class BackgroundSinkTests
{
    [Fact]
    public void Passes_every_record_on_in_order_from_one_thread()
    {
        var inner = new Recording();
        using (var sink = new BackgroundSink(inner))
        {
            ((IActivationSink)sink).Expect(5_000);
            for (int i = 0; i < 5_000; i++)
            {
                sink.Add(Rows.Row(i));
            }

            sink.Complete();
        }

        Assert.Equal(5_000, inner.Expected);
        Assert.Equal(Enumerable.Range(0, 5_000), inner.Rows.Select(r => r.FunctionId));
        Assert.Single(inner.Threads);
        Assert.NotEqual(Environment.CurrentManagedThreadId, inner.Threads.Single());
    }

    [Fact]
    public void Fewer_rows_than_a_batch_start_no_thread_and_arrive_at_complete()
    {
        var inner = new Recording();
        using var sink = new BackgroundSink(inner);
        for (int i = 0; i < 10; i++)
        {
            sink.Add(Rows.Row(i));
        }

        Assert.Empty(inner.Rows);
        sink.Complete();

        Assert.Equal(Enumerable.Range(0, 10), inner.Rows.Select(r => r.FunctionId));
        Assert.Equal([Environment.CurrentManagedThreadId], inner.Threads);
    }

    [Fact]
    public void What_the_wrapped_sink_throws_comes_back_unchanged()
    {
        var inner = new Recording { FailAt = 1_500 };
        using var sink = new BackgroundSink(inner);

        var error = Assert.Throws<ArgumentException>(() =>
        {
            for (int i = 0; i < 100_000; i++)
            {
                sink.Add(Rows.Row(i)); // a later hand-off may already see the failure
            }

            sink.Complete();
        });

        Assert.Equal("function 1500 is bad", error.Message);
        Assert.Equal(1_500, inner.Rows.Count); // nothing passed on after the failure
    }

    [Fact]
    public void Dispose_without_complete_stops_quietly_and_refuses_more()
    {
        var inner = new Recording();
        var sink = new BackgroundSink(inner);
        sink.Add(Rows.Row(0));

        sink.Dispose();
        sink.Dispose();

        Assert.Throws<ObjectDisposedException>(() => sink.Add(Rows.Row(1)));
        Assert.Throws<ObjectDisposedException>(() => sink.Complete());
    }

    private sealed class Recording : IActivationSink
    {
        public List<ActivationRecord> Rows { get; } = [];

        public HashSet<int> Threads { get; } = [];

        public long Expected { get; private set; }

        public int FailAt { get; init; } = -1;

        public void Expect(long functions) => Expected = functions;

        public void Add(ActivationRecord record)
        {
            Threads.Add(Environment.CurrentManagedThreadId);
            if (record.FunctionId == FailAt)
            {
                throw new ArgumentException($"function {FailAt} is bad");
            }

            Rows.Add(record);
        }
    }
}
