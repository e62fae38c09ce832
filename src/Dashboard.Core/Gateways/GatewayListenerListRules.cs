using FluentValidation;

namespace Dashboard.Core.Gateways;

/// <summary>What the listeners of one Gateway may not share, reported on the later of two clashing listeners.</summary>
internal static class GatewayListenerListRules
{
    public const int MaxListeners = 64;

    public static void Check(List<GatewayListenerDraft> listeners, ValidationContext<GatewayDraft> validation)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        // The API server refuses two listeners that take the same traffic: the same port, protocol and hostname.
        var bindings = new Dictionary<(int, string, string), int>();
        for (var i = 0; i < listeners.Count; i++)
        {
            var listener = listeners[i];
            if (listener.Name.Length > 0 && !names.TryAdd(listener.Name, i))
                validation.AddFailure($"Listeners[{i}].Name", $"Duplicate value: \"{listener.Name}\": listener {names[listener.Name] + 1} has the same name. Listener names must be unique in the Gateway.");
            var hostname = listener.Hostname ?? "";
            if (!bindings.TryAdd((listener.Port, listener.Protocol, hostname), i))
            {
                var which = hostname.Length == 0 ? "any hostname" : $"hostname '{hostname}'";
                validation.AddFailure($"Listeners[{i}].Port",
                    $"Duplicate value: {listener.Port}/{listener.Protocol} for {which}: listener {bindings[(listener.Port, listener.Protocol, hostname)] + 1} takes the same traffic. Change the port, the protocol or the hostname, or remove one.");
            }
        }
    }
}
