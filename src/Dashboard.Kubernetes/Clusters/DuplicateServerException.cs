namespace Dashboard.Kubernetes.Clusters;

/// <summary>Another registered cluster already talks to this API server; the caller may go ahead by saying so.</summary>
public sealed class DuplicateServerException(string serverUrl, IReadOnlyList<string> registeredAs, bool registering)
    : Exception($"{serverUrl} is already registered as {string.Join(", ", registeredAs.Select(n => $"'{n}'"))}: the same API server would show as two clusters. " +
                (registering ? "To replace a cluster's credentials, edit it instead. " : "") +
                $"To go ahead anyway (with other credentials, say), tick '{ConfirmLabel}' (API: \"allowDuplicateServer\": true).")
{
    /// <summary>The checkbox the dialogs show to go ahead.</summary>
    public const string ConfirmLabel = "Use this API server again";

    public string ServerUrl { get; } = serverUrl;

    public IReadOnlyList<string> RegisteredAs { get; } = registeredAs;
}
