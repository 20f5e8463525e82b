namespace Burstsim.Results.Cost;

/// <summary>
/// The price table of a scenario (section <c>pricing:</c>). Defaults are public list prices in USD:
/// AWS Lambda x86, first tier, US East (aws.amazon.com/lambda/pricing and the AWS whitepaper "How AWS
/// Pricing Works", read 2026-12-01): 0.0000166667 per GB-second and 0.20 per million requests; EC2
/// c7i.12xlarge (48 vCPU, the calibration deployment's invoker) Linux on-demand in us-east-1: 2.142 per
/// hour (aws.amazon.com/ec2/pricing/on-demand, c7i list price 0.1785 per 4 vCPU-hours as of 2024; check the page
/// before quoting it: prices change and vary by region).
/// </summary>
public sealed record Pricing
{
    /// <summary>Which of the prices below makes the <c>price</c> column. Default: rent the invokers (the calibration runs' own OpenWhisk on EC2).</summary>
    public PricingModel Model { get; init; } = PricingModel.Instance;

    /// <summary>Currency of every price, shown beside the price; default USD.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Price of one invoker for one hour. Default 2.142 (c7i.12xlarge, us-east-1 on-demand Linux).</summary>
    public double InstanceHour { get; init; } = 2.142;

    /// <summary>Price of one billed GB-second (invocation duration x memory, per-use). Default 0.0000166667 (AWS Lambda x86, first tier).</summary>
    public double GbSecond { get; init; } = 0.0000166667;

    /// <summary>Price of one request (accepted call or burst pack). Default 0.0000002 (AWS Lambda, 0.20 per million).</summary>
    public double Request { get; init; } = 0.0000002;

    /// <summary>
    /// The price of a run that kept the cluster for <paramref name="invokerHours"/> (instance), or whose invocations were
    /// billed <paramref name="billedGbSeconds"/> (duration x memory, each rounded up to 1 ms) in <paramref name="requests"/>
    /// requests (per-use, AWS Lambda's rule: duration charge + request charge; idle containers are free).
    /// </summary>
    public double PriceOf(double invokerHours, double billedGbSeconds, long requests) => Model switch
    {
        PricingModel.PerUse => (billedGbSeconds * GbSecond) + (requests * Request),
        _ => invokerHours * InstanceHour,
    };
}
