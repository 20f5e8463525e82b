using System.Buffers.Binary;

namespace Burstsim.Results.Charts;

/// <summary>
/// Writes a PNG's resolution (the pHYs chunk, PNG specification section 11.3.5.3) after its IHDR chunk:
/// SkiaSharp's encoder leaves it out, and without it viewers and LaTeX take 72 or 96 dpi and print a
/// 300-dpi figure at four times its size.
/// </summary>
internal static class PngResolution
{
    // 8-byte signature, then IHDR: 4 length + 4 type + 13 data + 4 CRC.
    private const int AfterHeader = 8 + 4 + 4 + 13 + 4;

    /// <summary>The PNG with a pHYs chunk of <paramref name="dpi"/> dots per inch (stored per metre, as the format asks).</summary>
    public static byte[] With(byte[] png, double dpi)
    {
        uint perMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc(chunk.AsSpan(4, 4 + 9)));
        return [.. png.AsSpan(0, AfterHeader), .. chunk, .. png.AsSpan(AfterHeader)];
    }

    // The PNG CRC-32 (ISO 3309, polynomial 0xEDB88320) bit by bit: it runs over 13 bytes once per figure.
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
