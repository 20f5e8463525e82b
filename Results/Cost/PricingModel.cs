namespace Burstsim.Results.Cost;

/// <summary>How a run is priced.</summary>
public enum PricingModel
{
    /// <summary>Rent the cluster: invoker-hours x price per instance-hour (EC2 on-demand, per-second billing).</summary>
    Instance,

    /// <summary>Pay per use like AWS Lambda: memory GB-seconds x price per GB-second + requests x price per request.</summary>
    PerUse,
}
