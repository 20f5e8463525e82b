namespace Burstsim.Simulator.Platform;

/// <summary>
/// One node's local image cache (Docker's image store): which images it has, and what a pull of a missing one moves.
/// A node keeps an image once downloaded for the rest of the run (nothing evicts images).
/// </summary>
/// <param name="cachedAtStart">Every image is present from the start (<see cref="Parameters.InvokerParameters.ImageCachedAtStart"/>).</param>
/// <param name="sizeMb">Size of the runtime image, MB.</param>
/// <param name="registryMbPerS">The node's bandwidth from the registry, MB/s.</param>
/// <param name="checkIsFree">The registry check of a present image takes no time.</param>
internal sealed class ImageStore(bool cachedAtStart, double sizeMb, double registryMbPerS, bool checkIsFree)
{
    private HashSet<string>? _images;

    public double SizeMb { get; } = sizeMb;

    public double RegistryMbPerS { get; } = registryMbPerS;

    public bool CheckIsFree { get; } = checkIsFree;

    public bool Has(string image) => cachedAtStart || (_images?.Contains(image) ?? false);

    public void Add(string image) => (_images ??= new(StringComparer.Ordinal)).Add(image);
}
