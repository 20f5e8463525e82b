using System.Text;

namespace Burstsim.Results.Charts;

/// <summary>A finished SVG image: its text and pixel size. Equal inputs give equal text, byte for byte.</summary>
public sealed record SvgDocument(string Text, double Width, double Height)
{
    /// <summary>Writes the SVG as UTF-8 without a byte-order mark (librsvg and browsers both prefer none).</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, Text, OutputEncoding.Utf8NoBom);
    }
}
