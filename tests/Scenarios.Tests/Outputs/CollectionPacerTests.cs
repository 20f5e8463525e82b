using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;
using Burstsim.Simulator.Platform;

namespace Burstsim.Scenarios.Tests.Outputs;

public sealed class CollectionPacerTests
{
    [Theory]
    [InlineData(CollectionPacer.MinFunctions, CollectionPacer.RowsPerCollection - 1, 0)]
    [InlineData(CollectionPacer.MinFunctions, CollectionPacer.RowsPerCollection, 1)]
    [InlineData(CollectionPacer.MinFunctions, (2 * CollectionPacer.RowsPerCollection) + 1, 2)]
    [InlineData(CollectionPacer.MinFunctions - 1, (2 * CollectionPacer.RowsPerCollection) + 1, 0)]
    [InlineData(0, (2 * CollectionPacer.RowsPerCollection) + 1, 0)]
    public void Collects_every_so_many_rows_of_a_large_run_only(long expected, long rows, int collections)
    {
        var row = Rows.Row(0);
        int calls = 0;
        var pacer = new CollectionPacer(() => calls++);
        ((IActivationSink)pacer).Expect(expected);

        for (long i = 0; i < rows; i++)
        {
            pacer.Add(row);
        }

        Assert.Equal(collections, calls);
    }
}
