namespace Dashboard.Sandbox.Api;

/// <summary>
/// Server-side printing asked for by <c>Accept: application/json;as=Table;v=v1;g=meta.k8s.io</c>
/// (kubectl get sends v1, then v1beta1, then plain JSON), and what each row carries.
/// </summary>
internal sealed record TableRequest(string ApiVersion, string IncludeObject)
{
    public static TableRequest? From(HttpRequest request)
    {
        foreach (var accepted in request.Headers.Accept.ToString().Split(','))
        {
            var parameters = accepted.Split(';').Select(p => p.Trim()).ToList();
            if (parameters.Contains("as=Table") && parameters.Contains("g=meta.k8s.io"))
            {
                var version = parameters.Contains("v=v1beta1") ? "meta.k8s.io/v1beta1" : "meta.k8s.io/v1";
                var include = request.Query["includeObject"].ToString() is { Length: > 0 } value ? value : "Metadata";
                return new TableRequest(version, include);
            }
        }

        return null;
    }
}
