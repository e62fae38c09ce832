using Dashboard.Core.Clusters;
using Dashboard.Sandbox;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Fails start-up with a sentence per wrong setting, instead of a surprise later. <c>Dashboard:Hostnames</c> is the
/// service layer's own section, checked by its <see cref="Kubernetes.Hostnames.HostnameOptionsValidator"/>.
/// </summary>
public sealed class DashboardOptionsValidator : IValidateOptions<DashboardOptions>
{
    public ValidateOptionsResult Validate(string? name, DashboardOptions options)
    {
        var failures = new List<string>();
        foreach (var profile in options.Sandbox.EffectiveProfiles.Where(p => !SandboxProfiles.Exists(p)))
            failures.Add($"Dashboard:Sandbox:Profiles names '{profile}', which is not a sandbox profile. Known: {string.Join(", ", SandboxProfiles.Names)}.");
        if (options.Admin.Password is { Length: < SecurityServiceCollectionExtensions.MinimumPasswordLength })
        {
            failures.Add($"Dashboard:Admin:Password is shorter than {SecurityServiceCollectionExtensions.MinimumPasswordLength} characters; " +
                "choose a longer one, or leave it out to have a random one printed once.");
        }

        if (options.AutoRegister.Kubeconfig is not null && ClusterNameRules.Validate(options.AutoRegister.Name) is { } nameError)
            failures.Add($"Dashboard:AutoRegister:Name: {nameError}");
        if (options.AutoRegister.Server is { } server && !IsHttpUrl(server))
            failures.Add($"Dashboard:AutoRegister:Server '{server}' is not an http or https URL such as https://k3s:6443.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
