namespace Burstsim.Scenarios.Figures;

/// <summary>
/// The scenarios behind the figure set: the paper's and the thesis' experiments from the catalogue.
/// <see cref="Quick"/> runs the same figures at small sizes, for tests and a fast look.
/// </summary>
internal sealed record FigureSet(FigureStudy Sleep, FigureStudy MonteCarlo, FigureStudy Granularity, FigureStudy DispatchInterval, FigureStudy SingleInvoker)
{
    /// <summary>Replications of the dispatch-interval sweep: enough for a Student t band that means something.</summary>
    public const int SweepReplications = 5;

    /// <summary>
    /// Replications of the granularity study (paper-startup's catalogue entry has one): the startup boxes pool them, so a
    /// box stands for the model's run-to-run spread, not one draw; 10 keep the figure set well under a minute.
    /// </summary>
    public const int GranularityReplications = 10;

    public static FigureSet Full { get; } = new(
        FigureStudy.Of("thesis-sleep-120", "120 x sleep(5 s), thesis cluster"),
        FigureStudy.Of("thesis-montecarlo-100", "100 x Monte Carlo pi, thesis cluster"),
        FigureStudy.Of("paper-startup", "sleep(5 s) on 20 x 48 vCPU", $"replications={GranularityReplications}"),
        FigureStudy.Of("faasbatch-dispatch-interval", "Poisson stream on one 48-CPU invoker", $"replications={SweepReplications}"),
        FigureStudy.Of("single-invoker-30", "30 x sleep(5 s), one 48-CPU invoker"));

    public static FigureSet Quick { get; } = new(
        FigureStudy.Of("thesis-sleep-120", "12 x sleep(1 s), thesis cluster", "workload.functions=12", "workload.seconds=1"),
        FigureStudy.Of("thesis-montecarlo-100", "10 x Monte Carlo pi, thesis cluster", "workload.functions=10", "workload.points=1000000"),
        FigureStudy.Of(
            "paper-startup",
            "sleep(1 s) on 20 x 48 vCPU",
            "workload.seconds=1",
            "cases=[{name: w4, columns: {workers: 4}, workload: {functions: 4}}, {name: w8, columns: {workers: 8}, workload: {functions: 8}}]",
            "policies=[classic, 'burst:g=2', 'burst:g=4']"),
        FigureStudy.Of(
            "faasbatch-dispatch-interval",
            "Poisson stream on one 48-CPU invoker",
            "replications=2",
            "workload.jobs=8",
            "policies=[classic, burst, 'faasbatch:interval=0.05', 'faasbatch:interval=0.2']"),
        FigureStudy.Of("single-invoker-30", "6 x sleep(1 s), one 48-CPU invoker", "workload.functions=6", "workload.seconds=1"));

    public IEnumerable<FigureStudy> All => [Sleep, MonteCarlo, Granularity, DispatchInterval, SingleInvoker];
}
