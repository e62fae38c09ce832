using System.Net;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Errors;
using Dashboard.Sandbox.Json;

namespace Dashboard.Sandbox.Resources.Kinds;

/// <summary>The Ingress rules of networking/validation, with their messages.</summary>
internal static class IngressValidation
{
    private static readonly string[] PathTypes = ["Exact", "ImplementationSpecific", "Prefix"];

    public static void Validate(Admission admission, JsonObject spec)
    {
        var rules = spec.ArrayAt("rules").Objects().ToList();
        if (rules.Count == 0 && spec["defaultBackend"] is null)
        {
            admission.Add(FieldError.Invalid("spec", new RawValue("[]networking.IngressRule(nil)"), "either `defaultBackend` or `rules` must be specified"));
        }

        if (spec.StringAt("ingressClassName") is { } className)
        {
            foreach (var message in NameRules.CheckSubdomain(className))
            {
                admission.Add(FieldError.Invalid("spec.ingressClassName", className, message));
            }
        }

        if (spec.ObjectAt("defaultBackend") is { } defaultBackend)
        {
            ValidateBackend(admission, defaultBackend, "spec.defaultBackend");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            ValidateHost(admission, rules[i].StringAt("host"), $"spec.rules[{i}].host");
            if (rules[i].ObjectAt("http") is not { } http)
            {
                continue;
            }

            var paths = http.ArrayAt("paths").Objects().ToList();
            if (paths.Count == 0)
            {
                admission.Add(FieldError.Required($"spec.rules[{i}].http.paths"));
            }

            for (var j = 0; j < paths.Count; j++)
            {
                ValidatePath(admission, paths[j], $"spec.rules[{i}].http.paths[{j}]");
            }
        }

        var tls = spec.ArrayAt("tls").Objects().ToList();
        for (var i = 0; i < tls.Count; i++)
        {
            var hosts = tls[i].ArrayAt("hosts")?.Select(JsonNodes.AsString).ToList() ?? [];
            for (var j = 0; j < hosts.Count; j++)
            {
                ValidateHost(admission, hosts[j], $"spec.tls[{i}].hosts[{j}]");
            }
        }
    }

    private static void ValidateHost(Admission admission, string? host, string field)
    {
        if (string.IsNullOrEmpty(host))
        {
            return;
        }

        if (IPAddress.TryParse(host, out _))
        {
            admission.Add(FieldError.Invalid(field, host, "must be a DNS name, not an IP address"));
            return;
        }

        foreach (var message in NameRules.CheckWildcardSubdomain(host))
        {
            admission.Add(FieldError.Invalid(field, host, message));
        }
    }

    private static void ValidatePath(Admission admission, JsonObject path, string field)
    {
        var pathType = path.StringAt("pathType");
        if (pathType is null)
        {
            admission.Add(FieldError.Required($"{field}.pathType", "pathType must be specified"));
        }
        else if (!PathTypes.Contains(pathType))
        {
            admission.Add(FieldError.NotSupported($"{field}.pathType", pathType, PathTypes));
        }

        var value = path.StringAt("path") ?? string.Empty;
        if (pathType is "Exact" or "Prefix" && !value.StartsWith('/'))
        {
            admission.Add(FieldError.Invalid($"{field}.path", value, "must be an absolute path"));
        }

        if (path.ObjectAt("backend") is { } backend)
        {
            ValidateBackend(admission, backend, $"{field}.backend");
        }
        else
        {
            admission.Add(FieldError.Required($"{field}.backend"));
        }
    }

    private static void ValidateBackend(Admission admission, JsonObject backend, string field)
    {
        if (backend.ObjectAt("service") is not { } service)
        {
            if (backend["resource"] is null)
            {
                admission.Add(FieldError.Invalid(field, string.Empty, "resource or service backend is required"));
            }

            return;
        }

        var name = service.StringAt("name") ?? string.Empty;
        if (name.Length == 0)
        {
            admission.Add(FieldError.Required($"{field}.service.name"));
        }

        foreach (var message in name.Length == 0 ? [] : NameRules.Check(NameRule.Dns1035Label, name))
        {
            admission.Add(FieldError.Invalid($"{field}.service.name", name, message));
        }

        var port = service.ObjectAt("port");
        var number = port.LongAt("number");
        var portName = port.StringAt("name");
        if ((number is null or 0) == string.IsNullOrEmpty(portName))
        {
            admission.Add(FieldError.Invalid($"{field}.service.port", new RawValue(port?.ToJsonString() ?? "nil"), "port name or number is required"));
        }
        else if (number is < 0 or > 65535)
        {
            admission.Add(FieldError.Invalid($"{field}.service.port.number", number, "must be between 1 and 65535, inclusive"));
        }
    }
}
