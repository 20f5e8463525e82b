namespace Burstsim.Simulator.Network;

/// <summary>
/// A resource that transfers share fairly: a NIC direction, a broker connection, the broker, a node's memory
/// bus. Capacity in bytes/s. Counts the bytes it carried (for conservation checks and reports).
/// </summary>
internal sealed class Link
{
    public Link(string name, double bytesPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytesPerSecond);
        Name = name;
        BytesPerSecond = bytesPerSecond;
    }

    public string Name { get; }

    /// <summary>Capacity, bytes/s.</summary>
    public double BytesPerSecond { get; }

    /// <summary>Bytes that have crossed this link so far.</summary>
    public double BytesCarried { get; internal set; }

    // Scratch state of the max-min allocation.
    internal double Spare { get; set; }

    internal int Unfrozen { get; set; }

    public override string ToString() => Name;
}
