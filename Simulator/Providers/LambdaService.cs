using Burstsim.Simulator.Engine;
using Burstsim.Simulator.Platform;
using Burstsim.Simulator.Platform.Parameters;

namespace Burstsim.Simulator.Providers;

/// <summary>
/// AWS Lambda's asynchronous invocation (AWS Lambda docs, "Asynchronous invocation", "Lambda scaling behavior",
/// "How Lambda handles errors and retries with asynchronous invocation"): an Invoke with InvocationType Event returns
/// 202 once the event is queued; Lambda's poller takes it to a free warm environment, or creates one if the function's
/// concurrency (reserved concurrency, else the account's limit) and its scaling rate (1000 new environments per 10 s)
/// allow; otherwise the event is throttled (429 inside Lambda) and retried, 1 s after the first attempt and doubling up
/// to 5 minutes. A cold environment is created (Firecracker), loads the code, and runs INIT at its CPU share.
/// </summary>
internal sealed class LambdaService : ProviderService
{
    private readonly LambdaProvider _provider;
    private readonly AwsLambdaParameters _p;
    private readonly ScalingBucket _scaling;
    private readonly LatencyStream _invoke;
    private readonly LatencyStream _queue;
    private readonly LatencyStream _create;
    private readonly LatencyStream _init;

    public LambdaService(CloudRun run, LambdaProvider provider, AwsLambdaParameters parameters)
        : base(run)
    {
        _provider = provider;
        _p = parameters;
        _scaling = new ScalingBucket(parameters.ScalingRate, parameters.ScalingPeriodS);
        _invoke = run.Open("aws_lambda.invoke_request_s", parameters.InvokeRequestS);
        _queue = run.Open("aws_lambda.async_queue_s", parameters.AsyncQueueS);
        _create = run.Open("aws_lambda.environment_create_s", parameters.EnvironmentCreateS);
        _init = run.Open("aws_lambda.init_cpu_s", parameters.InitCpuS);
    }

    public override int InvokePoolThreads => _p.InvokePoolThreads;

    public override int MaxWorkers => _p.MaxWorkers;

    public override SimSpan ClientRequest() => _invoke.Next();

    /// <summary>Provisioned concurrency: that many environments initialised before the run, never expiring (made when first taken).</summary>
    public override void Prepare(SimTime now) => Run.Pool.Provision(_provider.Provisioned, now);

    public override void Accept(CloudCall call) => Run.Sim.Schedule(_queue.Next(), () => Dispatch(call));

    private void Dispatch(CloudCall call)
    {
        var now = Run.Sim.Now;
        if (Run.Pool.TakeWarm(now) is { } warm)
        {
            Run.Run(call, warm, cold: false, SimSpan.Zero, SimSpan.Zero);
            return;
        }

        if (Run.Pool.BusyRequests < _provider.ConcurrencyLimit && _scaling.TryTake(now))
        {
            var env = Run.Pool.Create(now, 1);
            var init = SimSpan.FromSeconds(_init.NextSeconds() / _provider.CpuShare);
            var cold = _create.Next() + SimSpan.FromSeconds(_p.PackageMb * _p.CodeLoadSPerMb) + init;
            Run.Run(call, env, cold: true, cold, init);
            return;
        }

        // Throttled: back to the queue, retried after an interval doubling from the first retry's up to the maximum.
        double wait = Math.Min(_p.ThrottleRetryMaxS, _p.ThrottleRetryFirstS * Math.Pow(2, Math.Min(call.Throttles, 30)));
        call.Throttles++;
        Run.Throttled++;
        Run.Sim.Schedule(SimSpan.FromSeconds(wait), () => Dispatch(call));
    }
}
