using Burstsim.Results.Csv;
using Burstsim.Results.Summary;
using Burstsim.Results.Tests.Csv;

namespace Burstsim.Results.Tests.Summary;

public sealed class ActivationFanOutTests
{
    public sealed class Add
    {
        [Fact]
        public void Hands_each_record_to_the_csv_and_the_summary()
        {
            using var text = new StringWriter();
            using var csv = new ActivationCsvWriter(text, SampleActivations.Context(), leaveOpen: true);
            var summary = new RunSummaryAccumulator(SampleActivations.Context());
            var sink = new ActivationFanOut(csv, summary);

            sink.Add(SampleActivations.Record(0));
            sink.Add(SampleActivations.Record(1));

            Assert.Equal(2, csv.RowsWritten);
            Assert.Equal(2, summary.Functions);
        }
    }
}
