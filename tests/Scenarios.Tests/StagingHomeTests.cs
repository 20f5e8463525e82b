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

    [Fact]
    public void Stages_beside_a_folder_whose_parent_accepts_files()
    {
        Assert.Equal(Parent, OutputFolder.StagingHome(Dir, Parent, destinationExists: true, destinationIsMountPoint: false, parentRefusesFiles: false));
    }

    [Fact]
    public void Stages_inside_an_existing_folder_whose_parent_refuses_files_as_on_hpc_scratch()
    {
        Assert.Equal(Dir, OutputFolder.StagingHome(Dir, Parent, destinationExists: true, destinationIsMountPoint: false, parentRefusesFiles: true));
    }

    [Fact]
    public void Stages_inside_a_folder_that_is_a_mount_point_of_its_own()
    {
        Assert.Equal(Dir, OutputFolder.StagingHome(Dir, Parent, destinationExists: true, destinationIsMountPoint: true, parentRefusesFiles: false));
    }

    [Fact]
    public void Stages_beside_a_folder_that_does_not_exist_yet_so_a_refusing_parent_is_reported()
    {
        Assert.Equal(Parent, OutputFolder.StagingHome(Dir, Parent, destinationExists: false, destinationIsMountPoint: false, parentRefusesFiles: true));
    }
}
