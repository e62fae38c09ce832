using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>
/// Cluster IPs and node ports, unique cluster-wide. What is taken is read from the stored
/// services on every write, so a delete frees its addresses without bookkeeping.
/// </summary>
internal static class ServiceAllocation
{
    public const string ServiceCidr = "10.43.0.0/16";
    public const int NodePortMin = 30000;
    public const int NodePortMax = 32767;

    /// <summary>The first address of the range, the <c>kubernetes</c> Service's, as on a real cluster.</summary>
    public static string KubernetesServiceIp => Address(1);

    private static readonly uint Network = ToNumber(IPAddress.Parse(ServiceCidr.Split('/')[0]));
    private static readonly uint Size = 1u << (32 - int.Parse(ServiceCidr.Split('/')[1], CultureInfo.InvariantCulture));

    public static void Allocate(Admission admission, JsonObject spec)
    {
        var others = admission.Store.List(ResourceCatalog.Services)
            .Where(s => !(s.Namespace() == admission.Object.Namespace() && s.Name() == admission.Object.Name()))
            .Select(s => s.Spec())
            .ToList();
        if (spec.StringAt("type") != "ExternalName")
        {
            AllocateClusterIp(admission, spec, others.Select(s => s.StringAt("clusterIP")).OfType<string>().ToHashSet());
        }

        if (ServiceKind.NeedsNodePorts(spec))
        {
            var taken = others.SelectMany(s => s.ArrayAt("ports").Objects()).Select(p => p.LongAt("nodePort") ?? 0).Where(p => p > 0).ToHashSet();
            AllocateNodePorts(admission, spec, taken);
        }
    }

    private static void AllocateClusterIp(Admission admission, JsonObject spec, HashSet<string> taken)
    {
        var requested = spec.StringAt("clusterIP");
        if (string.IsNullOrEmpty(requested))
        {
            requested = Pick(candidate => !taken.Contains(Address(candidate)), 2, (int)Size - 2) is { } free
                ? Address(free)
                : throw ApiErrors.Internal($"failed to allocate a serviceIP: range is full");
        }
        else if (requested != "None" && requested != admission.Old?.Spec().StringAt("clusterIP"))
        {
            var problem = !IPAddress.TryParse(requested, out var ip) || ToNumber(ip) - Network >= Size
                ? $"provided IP is not in the valid range. The range of valid IPs is {ServiceCidr}"
                : taken.Contains(requested) ? "provided IP is already allocated" : null;
            if (problem is not null)
            {
                admission.Add(FieldError.Invalid("spec.clusterIPs", new RawValue($"[]string{{\"{requested}\"}}"), $"failed to allocate IP {requested}: {problem}"));
                return;
            }
        }

        spec["clusterIP"] = requested;
        spec["clusterIPs"] = new JsonArray(requested);
        spec["ipFamilies"] ??= new JsonArray("IPv4");
        spec["ipFamilyPolicy"] ??= "SingleStack";
    }

    private static void AllocateNodePorts(Admission admission, JsonObject spec, HashSet<long> taken)
    {
        var ports = spec.ArrayAt("ports").Objects().ToList();
        var held = admission.Old?.Spec().ArrayAt("ports").Objects().Select(p => p.LongAt("nodePort") ?? 0).ToHashSet() ?? [];
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports[i].LongAt("nodePort") is not (> 0 and var requested))
            {
                continue;
            }

            var problem = requested is < NodePortMin or > NodePortMax
                ? $"provided port is not in the valid range. The range of valid ports is {NodePortMin}-{NodePortMax}"
                : taken.Contains(requested) && !held.Contains(requested) ? "provided port is already allocated" : null;
            if (problem is not null || !taken.Add(requested))
            {
                admission.Add(FieldError.Invalid($"spec.ports[{i}].nodePort", requested, problem ?? "provided port is already allocated"));
            }
        }

        foreach (var port in ports.Where(p => p.LongAt("nodePort") is null or 0))
        {
            var free = Pick(candidate => !taken.Contains(candidate), NodePortMin, NodePortMax - NodePortMin + 1)
                ?? throw ApiErrors.Internal("failed to allocate a nodePort: range is full");
            taken.Add(free);
            port["nodePort"] = free;
        }
    }

    /// <summary>A random free value in [first, first+count), as the real allocators pick.</summary>
    private static int? Pick(Func<int, bool> isFree, int first, int count)
    {
        var start = RandomNumberGenerator.GetInt32(count);
        for (var step = 0; step < count; step++)
        {
            var candidate = first + ((start + step) % count);
            if (isFree(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Address(long offset)
    {
        var value = Network + (uint)offset;
        return new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]).ToString();
    }

    private static uint ToNumber(IPAddress ip)
    {
        var bytes = ip.GetAddressBytes();
        return bytes.Length == 4 ? (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]) : uint.MaxValue;
    }
}
