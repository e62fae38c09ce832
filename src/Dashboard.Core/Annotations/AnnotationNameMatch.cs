namespace Dashboard.Core.Annotations;

/// <summary>How a <see cref="RefusedAnnotation"/> compares the name part of a key (after the controller's prefix).</summary>
public enum AnnotationNameMatch
{
    Exact,
    StartsWith,
    EndsWith,
}
