namespace Burstsim.Simulator.Providers;

/// <summary>
/// What a run on a public provider costs by that provider's price list (USD, list prices, first tier, free tier off
/// unless the policy asks for it). Units follow the provider: Lambda bills GB-seconds of memory and requests; Cloud
/// Functions 1st gen GB-seconds, GHz-seconds and invocations; 2nd gen (Cloud Run) GiB-seconds, vCPU-seconds and requests.
/// </summary>
/// <param name="Provider">The policy name (aws-lambda, gcp-functions).</param>
/// <param name="MemoryGbSeconds">Billed memory x billed time, GB-s (GiB-s on Cloud Run; 1 GB = 1024 MB as both bill).</param>
/// <param name="CpuUnitSeconds">Billed CPU x billed time in <paramref name="CpuUnit"/> (0 for Lambda, whose CPU comes with its memory).</param>
/// <param name="CpuUnit">"vCPU-s", "GHz-s" or "" (Lambda).</param>
/// <param name="Requests">Billed requests (invocations).</param>
/// <param name="ComputePrice">Memory and CPU charges, USD.</param>
/// <param name="RequestPrice">Request charges, USD.</param>
/// <param name="ProvisionedPrice">Provisioned concurrency kept through the run, USD (Lambda only).</param>
public sealed record ProviderBill(string Provider, double MemoryGbSeconds, double CpuUnitSeconds, string CpuUnit, long Requests, double ComputePrice, double RequestPrice, double ProvisionedPrice)
{
    /// <summary>The whole bill, USD.</summary>
    public double Price => ComputePrice + RequestPrice + ProvisionedPrice;
}
