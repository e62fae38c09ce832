using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Dashboard.Sandbox.Errors;

namespace Dashboard.Sandbox.Api;

/// <summary>An opaque <c>continue</c> value: where the next page starts, base64url-encoded like the real one.</summary>
internal static class ContinueToken
{
    public static string Encode(long revision, string lastKey) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{{\"v\":\"sandbox\",\"rv\":{revision.ToString(CultureInfo.InvariantCulture)},\"start\":\"{lastKey}\"}}"));

    /// <summary>The revision of the list's first page, and the key after which the next page starts.</summary>
    public static (long Revision, string AfterKey) Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            const string revisionMarker = "\"rv\":";
            const string marker = ",\"start\":\"";
            var rv = text.IndexOf(revisionMarker, StringComparison.Ordinal);
            var start = text.IndexOf(marker, StringComparison.Ordinal);
            if (!text.StartsWith("{\"v\":\"sandbox\"", StringComparison.Ordinal) || rv < 0 || start < rv || !text.EndsWith("\"}", StringComparison.Ordinal)
                || !long.TryParse(text.AsSpan()[(rv + revisionMarker.Length)..start], NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
            {
                throw new FormatException();
            }

            return (revision, text[(start + marker.Length)..^2]);
        }
        catch (FormatException)
        {
            throw ApiErrors.BadRequest("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }
    }
}
