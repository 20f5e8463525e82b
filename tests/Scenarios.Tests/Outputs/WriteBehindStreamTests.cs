using Burstsim.Scenarios.Execution;
using Burstsim.Scenarios.Tests.Support;

namespace Burstsim.Scenarios.Tests.Outputs;

public sealed class WriteBehindStreamTests
{
    [Fact]
    public void Writes_every_byte_in_order_whatever_the_write_sizes()
    {
        using var temp = new TempFolder();
        var data = new byte[(3 << 20) + 12_345]; // three full blocks and a partial one
        new Random(7).NextBytes(data);
        string path = temp["out.bin"];
        using (var stream = new WriteBehindStream(path))
        {
            int at = 0;
            foreach (int size in SizesUpTo(data.Length))
            {
                stream.Write(data, at, size);
                at += size;
            }
        }

        Assert.Equal(data, File.ReadAllBytes(path));
    }

    [Fact]
    public void Flush_puts_everything_written_so_far_in_the_file()
    {
        using var temp = new TempFolder();
        string path = temp["out.bin"];
        using var stream = new WriteBehindStream(path);
        var data = new byte[(1 << 20) + 10];
        new Random(3).NextBytes(data);
        stream.Write(data);
        stream.Flush();

        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var read = new byte[data.Length + 1];
        Assert.Equal(data.Length, reader.ReadAtLeast(read, read.Length, throwOnEndOfStream: false));
        Assert.Equal(data, read[..data.Length]);
    }

    [LinuxFact]
    public void A_failed_write_is_thrown_by_the_next_call_and_by_dispose()
    {
        // /dev/full takes an open and refuses every write with ENOSPC: the background write fails.
        Assert.True(File.Exists("/dev/full"), "this test needs Linux's /dev/full");
        var stream = new WriteBehindStream("/dev/full");
        stream.Write(new byte[1 << 20]); // one full block: its write starts in the background

        Assert.Throws<IOException>(() => stream.Write(new byte[1 << 20])); // the next hand-off meets the failure
        Assert.Throws<IOException>(() => stream.Dispose()); // the block still held fails too
        Assert.Throws<ObjectDisposedException>(() => stream.Write(new byte[1]));
    }

    private static IEnumerable<int> SizesUpTo(int total)
    {
        int[] sizes = [1, 7, 4096, 65_536, 1 << 20, (1 << 20) + 1, 333];
        int left = total;
        for (int i = 0; left > 0; i++)
        {
            int size = Math.Min(left, sizes[i % sizes.Length]);
            left -= size;
            yield return size;
        }
    }
}
