namespace Burstsim.Simulator.Platform.Parameters;

/// <summary>
/// AWS Lambda as the Lithops <c>aws_lambda</c> backend reaches it (scenario section <c>platform.aws_lambda</c>; used by
/// the policy <c>cloud:aws-lambda</c>). Sources in each property's comment; docs/model.md "Public cloud" gathers them.
/// </summary>
public sealed record AwsLambdaParameters
{
    /// <summary>Lithops aws_lambda config.py DEFAULT_CONFIG_KEYS invoke_pool_threads: 64 threads send the Invoke calls.</summary>
    public int InvokePoolThreads { get; init; } = 64;

    /// <summary>Lithops aws_lambda config.py DEFAULT_CONFIG_KEYS max_workers: 1000 calls in flight.</summary>
    public int MaxWorkers { get; init; } = 1000;

    /// <summary>
    /// One Invoke call (InvocationType Event, SigV4-signed POST) from the client thread until the 202 returns, s.
    /// Not published by AWS. Lithops sends it through botocore's URLLib3Session, whose pool keeps 10 connections
    /// (botocore default max_pool_connections), so most of the 64 threads open a new TLS connection per call:
    /// TCP + TLS handshake (3 round trips) plus the request, each leg the calibrated in-region HTTP round trip (2 x 10 ms,
    /// ClientParameters.HttpOneWayS), plus Lambda's front end, taken as OpenWhisk's controller request latency (about 35 ms).
    /// Spread 0.3 (assumed). docs/validation.md names it as what public information cannot settle.
    /// </summary>
    public Latency InvokeRequestS { get; init; } = new(0.115, 0.3);

    /// <summary>
    /// From the 202 to an execution environment being asked for the event: Lambda's internal async queue and its poller, s.
    /// Not published (AWS docs "Asynchronous invocation" say only that events are queued); taken as the in-region
    /// request round trip of the client (2 x 10 ms) and spread 0.5 (assumed).
    /// </summary>
    public Latency AsyncQueueS { get; init; } = new(0.02, 0.5);

    /// <summary>A new Firecracker microVM for the execution environment: "as little as 125 ms" (Agache et al., Firecracker, NSDI 2020). Spread 0.16 (the startup path's, RuntimeParameters.WorkerSetupS).</summary>
    public Latency EnvironmentCreateS { get; init; } = new(0.125, 0.16);

    /// <summary>
    /// Size of the code Lambda loads into a new environment, MB: the Lithops default runtime is a layer of its
    /// DEFAULT_REQUIREMENTS (numpy, requests, redis, pika, cloudpickle, ps-mem, tblib, urllib3, psutil; aws_lambda config.py)
    /// beside the Lithops handler; numpy's manylinux wheel alone unpacks to about 35 MB. 40 MB.
    /// </summary>
    public double PackageMb { get; init; } = 40;

    /// <summary>
    /// Extra cold start per MB of code, s/MB: Shilkov, "Cold Starts in AWS Lambda" (mikhail.io/serverless/coldstarts/aws,
    /// "Does package size matter?"): Python cold starts grow from about 0.3 s without dependencies to about 1.5 s with 35 MB
    /// of them, about 0.035 s per MB.
    /// </summary>
    public double CodeLoadSPerMb { get; init; } = 0.035;

    /// <summary>
    /// Runtime init (INIT phase: Python, the Lithops handler's imports) as CPU work at one full vCPU, CPU-s; it runs at
    /// the environment's CPU share (see <see cref="MemoryPerVcpuMb"/>). The same work as OpenWhisk's /init of a Python
    /// action, about 0.3 s alone (InvokerParameters.InitS, PARAMETERS.md). Spread 0.16.
    /// </summary>
    public Latency InitCpuS { get; init; } = new(0.3, 0.16);

    /// <summary>Memory that buys one vCPU, MB: "At 1,769 MB, a function has the equivalent of one vCPU" (AWS Lambda docs, "Configuring function memory"). CPU scales linearly below and above it.</summary>
    public double MemoryPerVcpuMb { get; init; } = 1769;

    /// <summary>
    /// An idle execution environment is kept this long for reuse, s. AWS does not publish it; Shilkov measured 5-7 minutes
    /// ("Comparison of Cold Starts in Serverless Functions across AWS, Azure, and GCP", mikhail.io/serverless/coldstarts/big3): 420.
    /// </summary>
    public double IdleLifetimeS { get; init; } = 420;

    /// <summary>Concurrency scaling rate: new execution environments per function per <see cref="ScalingPeriodS"/> (AWS Lambda docs, "Lambda scaling behavior", since November 2023): 1000.</summary>
    public int ScalingRate { get; init; } = 1000;

    /// <summary>The scaling rate's period, s: 10 (same page; refilled continuously, "Lambda makes a best attempt to refill your concurrency scaling rate continuously").</summary>
    public double ScalingPeriodS { get; init; } = 10;

    /// <summary>Concurrency Lambda keeps unreserved in the account: reserved concurrency may take all but 100 (AWS docs, "Configuring reserved concurrency").</summary>
    public int UnreservedMinimum { get; init; } = 100;

    /// <summary>A throttled async event (429 inside Lambda) goes back to the queue; the first retry after this long, s (AWS docs, "How Lambda handles errors and retries with asynchronous invocation": from 1 second).</summary>
    public double ThrottleRetryFirstS { get; init; } = 1;

    /// <summary>Retry intervals double up to this, s (same page: "to a maximum of 5 minutes").</summary>
    public double ThrottleRetryMaxS { get; init; } = 300;
}
