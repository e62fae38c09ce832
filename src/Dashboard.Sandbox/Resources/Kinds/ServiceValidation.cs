using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>The Service rules a dashboard wizard can trip over, with the real validator's messages.</summary>
internal static class ServiceValidation
{
    private static readonly string[] Types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    private static readonly string[] Protocols = ["SCTP", "TCP", "UDP"];

    public static void Validate(Admission admission, JsonObject spec)
    {
        var type = spec.StringAt("type");
        if (!Types.Contains(type))
        {
            admission.Add(FieldError.NotSupported("spec.type", type, Types));
            return;
        }

        if (type == "ExternalName")
        {
            var externalName = spec.StringAt("externalName") ?? string.Empty;
            if (externalName.Length == 0)
            {
                admission.Add(FieldError.Required("spec.externalName"));
            }

            foreach (var message in externalName.Length == 0 ? [] : NameRules.CheckSubdomain(externalName.TrimEnd('.')))
            {
                admission.Add(FieldError.Invalid("spec.externalName", externalName, message));
            }
        }

        var ports = spec.ArrayAt("ports").Objects().ToList();
        var headless = spec.StringAt("clusterIP") == "None";
        if (ports.Count == 0 && type != "ExternalName" && !headless)
        {
            admission.Add(FieldError.Required("spec.ports"));
        }

        ValidatePorts(admission, ports, type!);
        if (admission.Old?.Spec().StringAt("clusterIP") is { Length: > 0 } before
            && type != "ExternalName" && admission.Old.Spec().StringAt("type") != "ExternalName"
            && spec.StringAt("clusterIP") is { } after && after != before)
        {
            admission.Add(FieldError.Invalid("spec.clusterIP", after, "field is immutable"));
        }
    }

    private static void ValidatePorts(Admission admission, List<JsonObject> ports, string type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            var field = $"spec.ports[{i}]";
            var port = ports[i];
            var name = port.StringAt("name") ?? string.Empty;
            if (name.Length == 0 && ports.Count > 1)
            {
                admission.Add(FieldError.Required($"{field}.name"));
            }
            else if (name.Length > 0 && !names.Add(name))
            {
                admission.Add(FieldError.Duplicate($"{field}.name", name));
            }

            foreach (var message in name.Length == 0 ? [] : NameRules.Check(NameRule.Dns1123Label, name))
            {
                admission.Add(FieldError.Invalid($"{field}.name", name, message));
            }

            var number = port.LongAt("port") ?? 0;
            if (number is < 1 or > 65535)
            {
                admission.Add(FieldError.Invalid($"{field}.port", number, "must be between 1 and 65535, inclusive"));
            }

            var protocol = port.StringAt("protocol");
            if (!Protocols.Contains(protocol))
            {
                admission.Add(FieldError.NotSupported($"{field}.protocol", protocol, Protocols));
            }
            else if (!keys.Add($"{number}/{protocol}"))
            {
                admission.Add(FieldError.Duplicate(field, $"{number}/{protocol}"));
            }

            if (port.LongAt("targetPort") is { } target && target is < 1 or > 65535)
            {
                admission.Add(FieldError.Invalid($"{field}.targetPort", target, "must be between 1 and 65535, inclusive"));
            }

            if (port.LongAt("nodePort") is > 0 && type is "ClusterIP" or "ExternalName")
            {
                admission.Add(FieldError.Forbidden($"{field}.nodePort", $"may not be used when `type` is '{type}'"));
            }
        }
    }
}
