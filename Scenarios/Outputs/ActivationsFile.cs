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

    public static void Concatenate(string destination, string header, IEnumerable<string> pieces)
    {
        byte[] headerBytes = Encoding.UTF8.GetBytes(header);
        using var output = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        output.Write(headerBytes);
        foreach (string piece in pieces)
        {
            using var input = new FileStream(piece, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var head = new byte[headerBytes.Length];
            input.ReadExactly(head);
            if (!head.AsSpan().SequenceEqual(headerBytes))
            {
                throw new InvalidDataException($"{piece} does not start with the expected activations.csv header; were these outputs made by different versions or sweeps?");
            }

            input.CopyTo(output);
        }
    }
}
