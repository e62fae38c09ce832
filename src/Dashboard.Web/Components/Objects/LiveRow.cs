namespace Dashboard.Web.Components.Objects;

/// <summary>One row of a <c>LiveResourceList</c>: the same object for as long as its object is listed, so the
/// table (which keys rows by item) keeps the row's elements and only the cells of a newer <typeparamref name="TItem"/> change.</summary>
public sealed class LiveRow<TItem>(TItem item)
{
    public TItem Item { get; set; } = item;
}
