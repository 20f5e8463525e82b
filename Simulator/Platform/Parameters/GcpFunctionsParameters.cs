namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>
/// Google Cloud Functions (1st gen, and 2nd gen on Cloud Run) as the Lithops <c>gcp_functions</c> backend reaches it
/// (scenario section <c>platform.gcp_functions</c>; used by the policy <c>cloud:gcp-functions</c>). Sources in each
/// property's comment; docs/model.md "Public cloud" gathers them.
/// </summary>
public sealed record GcpFunctionsParameters
{
    /// <summary>Lithops gcp_functions config.py DEFAULT_CONFIG_KEYS invoke_pool_threads: 1000.</summary>
    public int InvokePoolThreads { get; init; } = 1000;

    /// <summary>Lithops gcp_functions config.py DEFAULT_CONFIG_KEYS max_workers: 1000.</summary>
    public int MaxWorkers { get; init; } = 1000;

    /// <summary>
    /// One publish of a call's payload to the function's Pub/Sub topic (Lithops' trigger 'pub/sub': publish, then wait for
    /// the future), s. The client library batches messages for up to 10 ms (google-cloud-pubsub BatchSettings max_latency
    /// 0.01 s) before one publish round trip (2 x 10 ms in-region, ClientParameters.HttpOneWayS): 0.03. Spread 0.3 (assumed).
    /// </summary>
    public Latency PublishS { get; init; } = new(0.03, 0.3);

    /// <summary>
    /// Pub/Sub push subscription slow start: concurrent push requests allowed at first. The Pub/Sub docs ("Push
    /// subscriptions", delivery rate) say the window "starts with a small single-digit window size", grows on every
    /// successful delivery and shrinks on every failure; 5, the middle of the single digits.
    /// </summary>
    public int PushWindowInitial { get; init; } = 5;

    /// <summary>A message from Pub/Sub to the function's front end, s: one in-region push round trip (2 x 10 ms, ClientParameters.HttpOneWayS). Spread 0.3 (assumed).</summary>
    public Latency PushDeliveryS { get; init; } = new(0.02, 0.3);

    /// <summary>
    /// A new function instance (sandbox) before the runtime starts, s. Shilkov ("Cold Starts in Google Cloud Functions",
    /// mikhail.io/serverless/coldstarts/gcp) measured Python cold starts of 1-3 s for a function without dependencies;
    /// less the runtime init below at 256 MB: 1.0. Spread 0.3 (his range).
    /// </summary>
    public Latency InstanceCreateS { get; init; } = new(1.0, 0.3);

    /// <summary>Size of the code a new instance loads, MB: Lithops' gcp_functions REQUIREMENTS_FILE (google-cloud, numpy, scikit-learn, ...) installs well over 100 MB; 120.</summary>
    public double PackageMb { get; init; } = 120;

    /// <summary>Extra cold start per MB of code, s/MB: Shilkov's GCP package-size measurements (same page, "Does package size matter?") grow by about 0.03 s per MB.</summary>
    public double CodeLoadSPerMb { get; init; } = 0.03;

    /// <summary>Runtime init as CPU work at one full vCPU, CPU-s, run at the instance's CPU: the same work as OpenWhisk's /init of a Python action, about 0.3 s (InvokerParameters.InitS). Spread 0.16.</summary>
    public Latency InitCpuS { get; init; } = new(0.3, 0.16);

    /// <summary>Clock of one vCPU, GHz, for 1st gen GHz-second billing: "1 vCPU is equal to 2.4GHz" (Cloud Functions docs, "Configure memory and vCPU limits (1st gen)").</summary>
    public double GhzPerVcpu { get; init; } = 2.4;

    /// <summary>An idle instance is kept this long for reuse, s. Google does not publish it; Shilkov measured 15 minutes (mikhail.io/serverless/coldstarts/big3): 900.</summary>
    public double IdleLifetimeS { get; init; } = 900;
}
