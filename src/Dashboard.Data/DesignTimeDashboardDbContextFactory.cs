using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context without starting the web app:
/// <c>dotnet ef migrations add Name --project src/Dashboard.Data</c>. Adding a migration never opens
/// the database; <c>database update</c> would use <c>data/dashboard.db</c> under the working directory.
/// </summary>
internal sealed class DesignTimeDashboardDbContextFactory : IDesignTimeDbContextFactory<DashboardDbContext>
{
    public DashboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DashboardDbContext>()
            .UseSqlite(DataPaths.DefaultConnectionString("data"))
            .Options);
}
