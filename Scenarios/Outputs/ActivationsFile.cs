using System.Text;
using Burstsim.Results.Csv;

namespace Burstsim.Scenarios.Outputs;

/// <summary>activations.csv from pieces that each start with the same header: the header once, then every piece's rows in order.</summary>
internal static class ActivationsFile
{
    public static string Header(IReadOnlyList<string> sweptColumns)
    {
        using var text = new StringWriter();
        using (new ActivationCsvWriter(text, sweptColumns, leaveOpen: true))
        {
            // The writer puts the header down on construction.
        }

        return text.ToString();
    }

    /// <summary>Copies <paramref name="pieces"/> (left in place) into a new <paramref name="destination"/>.</summary>
    /// <exception cref="InvalidDataException">A piece does not start with <paramref name="header"/>.</exception>
    public static void Concatenate(string destination, string header, IEnumerable<string> pieces)
    {
        byte[] headerBytes = Encoding.UTF8.GetBytes(header);
        var block = new byte[CopyBlock];
        using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        output.Write(headerBytes);
        foreach (string piece in pieces)
        {
            Execution.Interruption.ThrowIfRequested();
            AppendRows(output, piece, headerBytes, block);
        }
    }

    /// <summary>
    /// Joins the runner's own unit files, which it consumes: the first is moved into place (a rename: at 10^7
    /// functions it is 2.7 GB that a copy would read and write again), the others are appended and deleted.
    /// The pieces must be on the destination's file system (the runner's work folder is inside the staging folder).
    /// </summary>
    /// <exception cref="InvalidDataException">A piece does not start with <paramref name="header"/>.</exception>
    public static void Assemble(string destination, string header, IReadOnlyList<string> pieces)
    {
        if (pieces.Count == 0)
        {
            Concatenate(destination, header, pieces);
            return;
        }

        byte[] headerBytes = Encoding.UTF8.GetBytes(header);
        using (var first = new FileStream(pieces[0], FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            CheckHeader(first, pieces[0], headerBytes);
        }

        File.Move(pieces[0], destination, overwrite: true);
        var block = new byte[CopyBlock];
        using var output = new FileStream(destination, FileMode.Append, FileAccess.Write, FileShare.None, 1 << 16);
        foreach (string piece in pieces.Skip(1))
        {
            Execution.Interruption.ThrowIfRequested();
            AppendRows(output, piece, headerBytes, block);
            File.Delete(piece);
        }
    }

    /// <summary>Bytes copied between two checks for an interrupt (a piece may be gigabytes).</summary>
    private const int CopyBlock = 1 << 17;

    internal static void AppendRows(Stream output, string piece, byte[] headerBytes, byte[] block)
    {
        using var input = new FileStream(piece, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        CheckHeader(input, piece, headerBytes);

        int read;
        while ((read = input.Read(block)) > 0)
        {
            Execution.Interruption.ThrowIfRequested();
            output.Write(block, 0, read);
        }
    }

    internal static void CheckHeader(Stream input, string piece, byte[] headerBytes)
    {
        var head = new byte[headerBytes.Length];
        int read = input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read < head.Length || !head.AsSpan().SequenceEqual(headerBytes))
        {
            throw new InvalidDataException($"{piece} does not start with the expected activations.csv header; were these outputs made by different versions or sweeps?");
        }
    }
}
