using FluentValidation;

namespace Dashboard.Core.Ingresses;

/// <summary>What the rules of one Ingress may not share, reported on the later of two clashing rules.</summary>
internal static class IngressRuleListRules
{
    public static void Check(List<IngressRuleDraft> rules, ValidationContext<IngressDraft> validation)
    {
        int? defaultBackend = null, generated = null;
        var hosts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            switch (rule.HostChoice)
            {
                case HostChoice.DefaultBackend when defaultBackend is { } first:
                    validation.AddFailure($"Rules[{i}].HostChoice", $"Only one rule can be the default backend, and rule {first + 1} already is. Give this rule a host.");
                    break;
                case HostChoice.DefaultBackend:
                    defaultBackend = i;
                    break;
                // Every generated rule would get the same host, <ingress>.<namespace>.<ip>.<domain>.
                case HostChoice.Generate when generated is { } first:
                    validation.AddFailure($"Rules[{i}].HostChoice", $"Only one rule can use the generated host, and rule {first + 1} already does. Add these paths to that rule, or choose a Custom host.");
                    break;
                case HostChoice.Generate:
                    generated = i;
                    break;
                case HostChoice.Custom when !string.IsNullOrEmpty(rule.Host) && !hosts.TryAdd(rule.Host, i):
                    validation.AddFailure($"Rules[{i}].Host", $"Duplicate value: \"{rule.Host}\": rule {hosts[rule.Host] + 1} has the same host. Put the paths in one rule.");
                    break;
            }
        }
    }
}
