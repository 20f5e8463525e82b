using Burstsim.Results.Csv;

namespace Burstsim.Results.Tests.Csv;

public sealed class RunContextTests
{
    public sealed class Equality
    {
        [Fact]
        public void Compares_swept_values_by_content_not_by_list_instance()
        {
            var a = SampleActivations.Context().WithSwept("x", "1");
            var b = SampleActivations.Context().WithSwept("x", "1");

            Assert.Equal(a, b);
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
            Assert.NotEqual(a, SampleActivations.Context().WithSwept("x", "2"));
        }
    }

    public sealed class Validate
    {
        [Theory]
        [InlineData("seed")]
        [InlineData("worker_start_tstamp")]
        [InlineData("startup_p50_s")]
        public void Rejects_a_swept_column_named_like_a_fixed_one(string name)
        {
            var context = SampleActivations.Context().WithSwept(name, "1");

            Assert.Throws<ArgumentException>(context.Validate);
        }

        [Fact]
        public void Rejects_a_swept_column_named_twice()
        {
            var context = SampleActivations.Context().WithSwept("x", "1").WithSwept("x", "2");

            Assert.Throws<ArgumentException>(context.Validate);
        }

        [Fact]
        public void Rejects_an_empty_policy()
        {
            Assert.Throws<ArgumentException>(() => (SampleActivations.Context() with { Policy = " " }).Validate());
        }
    }
}
