using Dashboard.Core.Security;

namespace Dashboard.Web.Components.Objects;

/// <summary>
/// What a list row offers for its object: View YAML, Edit when the kind has an editor, Delete through
/// <see cref="ObjectDialogs.DeleteAsync"/> (the same flow as the object's page). The list draws them as plain buttons rather
/// than a component per button per row: an open list keeps every component it shows alive on the server.
/// </summary>
/// <param name="Kind">The kind as the user reads it: "Service", "Ingress".</param>
/// <param name="YamlKind">The kind as <see cref="YamlDialog.Kind"/> names it: "service", "ingress".</param>
/// <param name="Delete">The kind's service call; it checks the role and the rules itself.</param>
/// <param name="DeleteConsequence">What else goes or stays, after "The Service web in namespace default is deleted from the cluster."</param>
/// <param name="Dependents">What depends on the object, asked when the user clicks Delete.</param>
/// <param name="DeleteRefusal">Why the object cannot be deleted from the dashboard; shown instead of the button.</param>
/// <param name="Yaml">The kind's own YAML read, for kinds <see cref="YamlDialog"/> does not know by <paramref name="YamlKind"/>.</param>
public sealed record RowActions(
    string Kind,
    string YamlKind,
    string Namespace,
    string Name,
    Func<Actor, CancellationToken, Task> Delete,
    string? EditHref = null,
    string? DeleteConsequence = null,
    Func<CancellationToken, Task<IReadOnlyList<string>>>? Dependents = null,
    string? DeleteRefusal = null,
    Func<Actor, CancellationToken, Task<string>>? Yaml = null);
