using Dashboard.Sandbox.Store;

namespace Dashboard.Sandbox.Selectors;

/// <summary>The label and field selectors of one list or watch request.</summary>
internal sealed record ObjectFilter(LabelSelector Labels, FieldSelector Fields)
{
    public static ObjectFilter Everything { get; } = new(LabelSelector.Everything, FieldSelector.Everything);

    public bool Matches(StoredObject obj) => Labels.Matches(obj.Labels) && Fields.Matches(obj);
}
