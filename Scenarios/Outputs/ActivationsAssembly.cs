using System.Text;

namespace Burstsim.Scenarios.Outputs;

/// <summary>
/// activations.csv assembled while a plan runs: each unit's file is appended (and deleted) as soon as it and every unit
/// before it in plan order are done, so the staging folder holds a handful of unit files at any moment instead of one
/// per finished run. An interrupted sweep then has little to remove: a 14 400-run sweep stopped late held 15 571 unit
/// files, which no machine under load deletes within the interrupt's 0.8 s budget (issue 25). The bytes are those
/// <see cref="ActivationsFile.Assemble"/> writes at the end: the header once, then every unit's rows in plan order.
/// </summary>
internal sealed class ActivationsAssembly : IDisposable
{
    private readonly string _destination;
    private readonly byte[] _header;
    private readonly string?[] _pieces;
    private readonly Lock _gate = new();
    private readonly byte[] _block = new byte[1 << 17];
    private FileStream? _output;
    private int _next;

    /// <param name="destination">The staging folder's activations.csv, on the same file system as the unit files.</param>
    /// <param name="header">activations.csv's header (<see cref="ActivationsFile.Header"/>).</param>
    /// <param name="units">Units in the plan.</param>
    public ActivationsAssembly(string destination, string header, int units)
    {
        _destination = destination;
        _header = Encoding.UTF8.GetBytes(header);
        _pieces = new string?[units];
    }

    /// <summary>Unit <paramref name="index"/> (0-based, plan order) wrote <paramref name="piece"/>; appends every piece now in order, unless another thread is doing so.</summary>
    /// <exception cref="InvalidDataException">A piece does not start with the header.</exception>
    public void Done(int index, string piece)
    {
        Volatile.Write(ref _pieces[index], piece);
        while (true)
        {
            // One thread appends at a time; the others go back to running units (the one appending sees their pieces).
            if (!_gate.TryEnter())
            {
                return;
            }

            try
            {
                AppendReady();
            }
            finally
            {
                _gate.Exit();
            }

            // A piece offered while this thread held the gate, by a thread that then found it taken: append it too.
            if (_next >= _pieces.Length || Volatile.Read(ref _pieces[_next]) is null)
            {
                return;
            }
        }
    }

    /// <summary>Appends what is left and closes activations.csv; every unit must be done.</summary>
    /// <exception cref="InvalidOperationException">A unit has not reported its file.</exception>
    public void Finish()
    {
        lock (_gate)
        {
            AppendReady();
            if (_next < _pieces.Length)
            {
                throw new InvalidOperationException($"unit {_next} of {_pieces.Length} has not reported its activations file");
            }

            if (_output is null)
            {
                ActivationsFile.Concatenate(_destination, Encoding.UTF8.GetString(_header), []);
            }

            _output?.Dispose();
            _output = null;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _output?.Dispose();
            _output = null;
        }
    }

    private void AppendReady()
    {
        while (_next < _pieces.Length && Volatile.Read(ref _pieces[_next]) is { } piece)
        {
            Execution.Interruption.ThrowIfRequested();
            if (_output is null)
            {
                // The first is moved into place, as Assemble does: a rename, not a copy of what may be gigabytes.
                using (var first = new FileStream(piece, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
                {
                    ActivationsFile.CheckHeader(first, piece, _header);
                }

                File.Move(piece, _destination, overwrite: true);
                _output = new FileStream(_destination, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
            }
            else
            {
                ActivationsFile.AppendRows(_output, piece, _header, _block);
                File.Delete(piece);
            }

            _next++;
        }
    }
}
