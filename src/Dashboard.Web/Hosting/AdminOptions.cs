namespace Dashboard.Web.Hosting;

/// <summary><c>Dashboard:Admin</c>: the first admin.</summary>
public sealed class AdminOptions
{
    /// <summary>The first admin's password; none means a random one printed once.</summary>
    public string? Password { get; set; }
}
