namespace Dashboard.Core.Annotations;

/// <summary>
/// Which annotations the dashboard writes onto the objects it creates and edits: everything except the
/// <see cref="RefusedAnnotations"/> families, unless an administrator allows a prefix
/// (<c>Dashboard:Annotations:AllowedPrefixes</c>). One policy for every kind that carries annotations.
/// </summary>
/// <remarks>
/// Keys are compared case-insensitively. The controllers look keys up exactly, so a key in other capitals does
/// nothing today; refusing it costs nobody a working feature, and a controller (or fork) that ever folds case
/// cannot turn it into a way around the policy.
/// </remarks>
public sealed class AnnotationPolicy
{
    public const string AllowedPrefixesSetting = "Dashboard:Annotations:AllowedPrefixes";

    private readonly string[] allowedPrefixes;

    /// <param name="allowedPrefixes">Keys starting with one of these (any case) are allowed even when a refused family covers them.</param>
    public AnnotationPolicy(IEnumerable<string> allowedPrefixes)
    {
        ArgumentNullException.ThrowIfNull(allowedPrefixes);
        this.allowedPrefixes = allowedPrefixes.Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
    }

    /// <summary>Every refused family refused, nothing allowed: what an unconfigured dashboard does.</summary>
    public static AnnotationPolicy Default { get; } = new([]);

    public IReadOnlyList<string> AllowedPrefixes => allowedPrefixes;

    /// <summary>The family that refuses <paramref name="key"/>, or null when the dashboard writes it.</summary>
    public RefusedAnnotation? RefusingFamily(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (allowedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            return null;
        return RefusedAnnotations.All.FirstOrDefault(family => family.Covers(key));
    }

    /// <summary>
    /// Why the annotation may not be written, as the sentence to show; null when it may. An annotation the edited
    /// object already carries with the same value is kept: editing another field of an existing object is neither
    /// blocked by it nor allowed to drop it, but it cannot be added or changed.
    /// </summary>
    /// <param name="existing">The annotations of the object being edited; null when it is being created.</param>
    public string? Refusal(string key, string value, IReadOnlyDictionary<string, string>? existing)
    {
        if (RefusingFamily(key) is not { } family)
            return null;
        if (existing is not null && existing.TryGetValue(key, out var kept) && string.Equals(kept, value, StringComparison.Ordinal))
            return null;
        return $"The annotation '{key}' is refused: {family.WhatItDoes} ({family.Advisory}). " +
               $"Remove it, or ask an administrator to allow it by adding '{key}' (or a prefix of it) to the setting {AllowedPrefixesSetting}.";
    }

    /// <summary>What is wrong with one entry of <see cref="AllowedPrefixesSetting"/>, or null when it is usable.</summary>
    public static string? PrefixProblem(string? prefix)
    {
        if (string.IsNullOrWhiteSpace(prefix))
            return $"{AllowedPrefixesSetting} has an empty entry: remove it, or write an annotation prefix such as '{RefusedAnnotations.IngressNginx}auth-tls-'.";
        if (prefix.Trim().Any(char.IsWhiteSpace))
            return $"{AllowedPrefixesSetting} entry '{prefix}' contains a space: annotation keys never do. Write a prefix such as '{RefusedAnnotations.IngressNginx}auth-tls-'.";
        // Without the slash an entry such as 'nginx' would allow every annotation of every NGINX controller at once.
        if (!prefix.Contains('/', StringComparison.Ordinal))
            return $"{AllowedPrefixesSetting} entry '{prefix}' has no '/': start it with the annotation's whole DNS prefix and its slash, for example '{RefusedAnnotations.IngressNginx}' (all of ingress-nginx's annotations) or '{RefusedAnnotations.IngressNginx}auth-tls-'.";
        return null;
    }
}
