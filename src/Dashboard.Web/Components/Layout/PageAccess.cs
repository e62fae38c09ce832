using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Layout;

/// <summary>Which roles a page asks for in its <c>[Authorize(Roles = …)]</c>, so a refusal can name them.</summary>
public static class PageAccess
{
    private static readonly IReadOnlyDictionary<string, Type> PagesByAddress = typeof(App).Assembly.GetTypes()
        .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (Address: Normalise(route.Template), Type: type)))
        .Where(page => !page.Address.Contains('{', StringComparison.Ordinal))
        .GroupBy(page => page.Address, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(group => group.Key, group => group.First().Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The roles a page type names (any one of them will do), or none when it asks only for a signed-in user.</summary>
    public static IReadOnlyList<string> RolesRequiredBy(Type? pageType) =>
        pageType?.GetCustomAttributes<AuthorizeAttribute>()
            .SelectMany(authorize => (authorize.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray() ?? [];

    /// <summary>The page at a local address such as <c>/users</c> (query and fragment ignored), if there is one.</summary>
    public static Type? PageAt(string? localAddress)
    {
        if (string.IsNullOrWhiteSpace(localAddress) || !localAddress.StartsWith('/') || localAddress.StartsWith("//", StringComparison.Ordinal))
            return null;
        var path = localAddress.Split('?', '#')[0];
        return PagesByAddress.GetValueOrDefault(Normalise(path));
    }

    private static string Normalise(string address) => "/" + address.Trim('/');
}
