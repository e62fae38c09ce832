namespace Dashboard.Sandbox.Api;

/// <summary>
/// Metadata only, asked for by <c>Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1</c>
/// (a list) or <c>as=PartialObjectMetadata</c> (one object): what client-go's metadata client, the garbage
/// collector and other controllers ask for when names, labels and owners are all they need. The first JSON media
/// type of the header decides, as the real server's negotiation does; protobuf ones are skipped, since the emulator
/// answers JSON only.
/// </summary>
internal sealed record PartialMetadataRequest(string ApiVersion, bool AsList)
{
    public const string ItemKind = "PartialObjectMetadata";

    public const string ListKind = "PartialObjectMetadataList";

    public static PartialMetadataRequest? From(HttpRequest request)
    {
        foreach (var accepted in request.Headers.Accept.ToString().Split(','))
        {
            var parameters = accepted.Split(';').Select(p => p.Trim()).ToList();
            if (parameters[0] is not ("application/json" or "application/*" or "*/*"))
            {
                continue;
            }

            var kind = parameters.FirstOrDefault(p => p.StartsWith("as=", StringComparison.Ordinal))?[3..];
            if (kind is not (ItemKind or ListKind) || !parameters.Contains("g=meta.k8s.io"))
            {
                return null;
            }

            var version = parameters.Contains("v=v1beta1") ? "meta.k8s.io/v1beta1" : "meta.k8s.io/v1";
            return new PartialMetadataRequest(version, kind == ListKind);
        }

        return null;
    }
}
