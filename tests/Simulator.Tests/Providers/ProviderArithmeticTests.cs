using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform.Parameters;
using Burstsim.Simulator.Providers;

namespace Burstsim.Simulator.Tests.Providers;

/// <summary>The providers' documented rules, worked by hand: Lambda's scaling rate, Pub/Sub's push window, the price lists.</summary>
public sealed class ProviderArithmeticTests
{
    public sealed class ScalingRate
    {
        [Fact]
        public void Given_a_full_bucket_When_1001_environments_are_asked_for_at_once_Then_1000_are_created_and_the_next_waits_10_ms()
        {
            var bucket = new ScalingBucket(1000, 10);

            int created = Enumerable.Range(0, 1001).Count(_ => bucket.TryTake(SimTime.Zero));

            Assert.Equal(1000, created);
            // 1000 per 10 s refilled continuously: one more every 10 ms.
            Assert.Equal(SimTime.FromSeconds(0.01), bucket.NextAvailable(SimTime.Zero));
        }

        [Fact]
        public void Given_an_empty_bucket_When_5_s_pass_Then_500_more_may_be_created_and_unused_rate_never_exceeds_1000()
        {
            var bucket = new ScalingBucket(1000, 10);
            for (int i = 0; i < 1000; i++)
            {
                bucket.TryTake(SimTime.Zero);
            }

            Assert.Equal(500, Enumerable.Range(0, 600).Count(_ => bucket.TryTake(SimTime.FromSeconds(5))));
            Assert.Equal(1000, Enumerable.Range(0, 2000).Count(_ => bucket.TryTake(SimTime.FromSeconds(100))));
        }
    }

    public sealed class PushWindowRules
    {
        [Fact]
        public void Given_a_window_of_5_When_one_message_is_acked_Then_two_more_may_go_and_a_failure_halves_it()
        {
            var window = new PushWindow(5);
            for (int i = 0; i < 5; i++)
            {
                window.Push();
            }

            Assert.False(window.HasRoom);
            window.Acked();                 // window 6, 4 outstanding
            window.Push();
            window.Push();
            Assert.False(window.HasRoom);
            window.Failed();                // window 3, 5 outstanding
            Assert.Equal(3, window.Size);
            Assert.Equal(5, window.Outstanding);
            Assert.False(window.HasRoom);
        }
    }

    public sealed class Prices
    {
        [Fact]
        public void Lambda_x86_bills_GB_seconds_and_requests()
        {
            var lambda = new LambdaProvider(256, arm: false, accountLimit: 1000, reserved: 0, provisioned: 0, freeTier: false, new AwsLambdaParameters());

            var bill = lambda.Bill(1000, 5500, 10);

            // 0.25 GB x 5500 s = 1375 GB-s x 0.0000166667 = 0.02291671; 1000 x 0.0000002 = 0.0002.
            Assert.Equal(1375, bill.MemoryGbSeconds, 9);
            Assert.Equal(0.0229167125, bill.ComputePrice, 12);
            Assert.Equal(0.0002, bill.RequestPrice, 12);
            Assert.Equal(0.0231167125, bill.Price, 12);
        }

        [Fact]
        public void Lambda_arm_is_cheaper_per_GB_second_and_provisioned_concurrency_is_billed_in_five_minute_steps()
        {
            var lambda = new LambdaProvider(1024, arm: true, accountLimit: 1000, reserved: 0, provisioned: 10, freeTier: false, new AwsLambdaParameters());

            var bill = lambda.Bill(10, 100, 301);

            // 1 GB x 100 s x 0.0000133334; provisioned 10 x 1 GB x 600 s (301 s rounds up to two five-minute steps) x 0.0000033334.
            Assert.Equal(0.00133334, bill.ComputePrice, 12);
            Assert.Equal(0.0200004, bill.ProvisionedPrice, 12);
        }

        [Fact]
        public void Lambda_free_tier_is_off_by_default_and_takes_400000_GB_s_and_a_million_requests_when_on()
        {
            var lambda = new LambdaProvider(256, arm: false, accountLimit: 1000, reserved: 0, provisioned: 0, freeTier: true, new AwsLambdaParameters());

            Assert.Equal(0, lambda.Bill(1000, 5500, 10).Price);
        }

        [Fact]
        public void Gcp_1st_gen_bills_GB_seconds_GHz_seconds_and_invocations()
        {
            var gcp = new GcpFunctionsProvider(256, generation: 1, maxInstances: 3000, concurrency: 1, freeTier: false, new GcpFunctionsParameters());

            var bill = gcp.Bill(1000, 6000, 60);

            // 0.25 GB x 6000 s = 1500 GB-s x 0.0000025 = 0.00375; 0.167 vCPU x 2.4 GHz x 6000 s = 2404.8 GHz-s x 0.00001 = 0.024048;
            // 1000 x 0.0000004 = 0.0004.
            Assert.Equal(2404.8, bill.CpuUnitSeconds, 9);
            Assert.Equal("GHz-s", bill.CpuUnit);
            Assert.Equal(0.028198, bill.Price, 12);
        }

        [Fact]
        public void Gcp_2nd_gen_bills_vCPU_seconds_GiB_seconds_and_requests()
        {
            var gcp = new GcpFunctionsProvider(1024, generation: 2, maxInstances: 100, concurrency: 1, freeTier: false, new GcpFunctionsParameters());

            var bill = gcp.Bill(1000, 6000, 60);

            // 1 GiB x 6000 s x 0.0000025 = 0.015; 0.583 vCPU x 6000 s = 3498 vCPU-s x 0.000024 = 0.083952; 0.0004.
            Assert.Equal(3498, bill.CpuUnitSeconds, 9);
            Assert.Equal(0.099352, bill.Price, 12);
        }

        [Theory]
        [InlineData(0.3, 0.1, 0.3)]
        [InlineData(0.30001, 0.1, 0.4)]
        [InlineData(1.0001, 0.001, 1.001)]
        public void Billed_time_rounds_up_to_the_increment(double seconds, double increment, double billed) =>
            Assert.Equal(billed, CloudProvider.RoundUp(seconds, increment), 9);
    }
}
