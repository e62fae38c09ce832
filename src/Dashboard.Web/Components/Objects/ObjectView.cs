namespace Dashboard.Web.Components.Objects;

/// <summary>What an object page's sections render from: the loaded object and whether the user may change it.</summary>
public sealed record ObjectView<TDetail>(TDetail Detail, bool CanManage);
