using Burstsim.Simulator.Scheduling.Classic;
using Burstsim.Simulator.Scheduling;

namespace Burstsim.Simulator.Tests.Scheduling;

public sealed class MemorySlotsTests
{
    public sealed class Construction
    {
        [Theory]
        [InlineData(2048, 1, 2048)]
        [InlineData(2048, 2, 1024)]
        [InlineData(1000, 3, 333)] // integer division, as OpenWhisk's slot count
        public void Each_invoker_gets_one_slot_per_MB_divided_by_the_controllers(int memoryMb, int controllers, long expected)
        {
            var slots = new MemorySlots([memoryMb], controllers);

            Assert.Equal(expected, slots.Free(0));
        }

        [Fact]
        public void Zero_controllers_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new MemorySlots([1024], 0));
        }
    }

    public sealed class Acquire
    {
        [Fact]
        public void Try_takes_only_what_is_free_while_force_may_go_negative_and_release_gives_back()
        {
            // Given 512 slots
            var slots = new MemorySlots([512], 1);

            // When two 256 MB activations take them and a third tries
            Assert.True(slots.TryAcquire(0, 256));
            Assert.True(slots.TryAcquire(0, 256));
            Assert.False(slots.TryAcquire(0, 256));
            Assert.Equal(0, slots.Free(0));

            // Then a forced one drives the semaphore negative and the acks restore it
            slots.ForceAcquire(0, 256);
            Assert.Equal(-256, slots.Free(0));
            slots.Release(0, 256);
            slots.Release(0, 256);
            slots.Release(0, 256);
            Assert.Equal(512, slots.Free(0));
        }
    }
}
