namespace Burstsim.Simulator.Network;

/// <summary>Bytes moving along a path of links at the rate the fair share gives them, capped by <see cref="CapBytesPerS"/> (a single stream's own limit).</summary>
internal sealed class Flow(IReadOnlyList<Link> path, double bytes, double capBytesPerS, Action done)
{
    public IReadOnlyList<Link> Path { get; } = path;

    /// <summary>Bytes the flow carries in all.</summary>
    public double Bytes { get; } = bytes;

    public double Remaining { get; set; } = bytes;

    /// <summary>The stream's own limit, bytes/s; infinity when only the links limit it.</summary>
    public double CapBytesPerS { get; } = capBytesPerS;

    /// <summary>Current rate, bytes/s.</summary>
    public double Rate { get; set; }

    public bool Frozen { get; set; }

    public Action Done { get; } = done;
}
