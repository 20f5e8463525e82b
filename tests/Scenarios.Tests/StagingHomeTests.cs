using Burstsim.Scenarios.Execution;

namespace Burstsim.Scenarios.Tests;

/// <summary>
/// Where a run stages its outputs before the rename into --out DIR. The tests run as root, which no
/// permission bits stop, so the decision is tested here and the probe that feeds it is the filesystem's own answer.
/// </summary>
public sealed class StagingHomeTests
{
    private const string Dir = "/scratch/me";
    private const string Parent = "/scratch";

    [Theory]
    [InlineData(true, false, false, Parent)] // beside a folder whose parent accepts files: the usual case
    [InlineData(true, false, true, Dir)] // inside an existing folder whose parent refuses files, as on HPC scratch
    [InlineData(true, true, false, Dir)] // inside a folder that is a mount point of its own
    [InlineData(false, false, true, Parent)] // beside a folder not made yet, so the refusing parent is reported
    public void Stages_beside_the_folder_unless_only_the_folder_itself_can_take_the_rename(bool exists, bool mountPoint, bool parentRefuses, string expected)
    {
        Assert.Equal(expected, OutputFolder.StagingHome(Dir, Parent, exists, mountPoint, parentRefuses));
    }
}
