namespace Dashboard.Data.Tests;

public sealed class DataPathsTests
{
    [Fact]
    public void TheDefaultConnectionStringIsTheDashboardDbFileInTheDataDirectory() =>
        DataPaths.DefaultConnectionString("/var/lib/dashboard").ShouldBe("Data Source=/var/lib/dashboard/dashboard.db");

    [Fact]
    public void ARelativeDataDirectoryStaysRelative() =>
        DataPaths.DefaultConnectionString("data").ShouldBe("Data Source=data/dashboard.db");

    [Fact]
    public void TheKeysLiveInTheDataDirectory() =>
        DataPaths.DefaultKeysDirectory("/var/lib/dashboard").ShouldBe("/var/lib/dashboard/keys");
}
