namespace Dashboard.Core.Annotations;

/// <summary>
/// One family of annotations the dashboard refuses by default: the controller prefix it lives under, the name (or
/// the start or end of names) it covers, what the controller does with it and the advisory that says why that is
/// dangerous. Keys are compared case-insensitively (see <see cref="AnnotationPolicy"/>).
/// </summary>
/// <param name="Prefix">The controller's annotation prefix with its slash, e.g. <c>nginx.ingress.kubernetes.io/</c>.</param>
/// <param name="Match">How <paramref name="Name"/> is compared with the name part of a key.</param>
/// <param name="Name">The name, or the start or end of names, e.g. <c>-snippet</c>.</param>
/// <param name="WhatItDoes">A sentence fragment: what the controller does with the value and what an attacker gets.</param>
/// <param name="Advisory">The CVE (or, where there is none, the vendor's warning) the refusal rests on.</param>
public sealed record RefusedAnnotation(string Prefix, AnnotationNameMatch Match, string Name, string WhatItDoes, string Advisory)
{
    /// <summary>The family as a person reads it in a message or a document: <c>nginx.ingress.kubernetes.io/*-snippet</c>.</summary>
    public string Pattern => Match switch
    {
        AnnotationNameMatch.StartsWith => $"{Prefix}{Name}*",
        AnnotationNameMatch.EndsWith => $"{Prefix}*{Name}",
        _ => Prefix + Name,
    };

    public bool Covers(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return false;
        var name = key[Prefix.Length..];
        return Match switch
        {
            AnnotationNameMatch.StartsWith => name.StartsWith(Name, StringComparison.OrdinalIgnoreCase),
            AnnotationNameMatch.EndsWith => name.EndsWith(Name, StringComparison.OrdinalIgnoreCase),
            _ => name.Equals(Name, StringComparison.OrdinalIgnoreCase),
        };
    }
}
