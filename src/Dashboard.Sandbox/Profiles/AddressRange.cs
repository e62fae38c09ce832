using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Sandbox.Profiles;

/// <summary>IPv4 ranges written the MetalLB way, <c>198.51.100.200-198.51.100.250</c>, for address pools.</summary>
internal static class AddressRange
{
    /// <summary>Every address from the first to the last, inclusive, in order.</summary>
    public static string[] Expand(string range)
    {
        var bounds = range.Split('-', 2, StringSplitOptions.TrimEntries);
        if (bounds.Length != 2)
        {
            throw new ArgumentException($"'{range}' is not a first-last IPv4 range.", nameof(range));
        }

        var (first, last) = (ToNumber(bounds[0]), ToNumber(bounds[1]));
        if (last < first)
        {
            throw new ArgumentException($"'{range}' ends before it starts.", nameof(range));
        }

        var addresses = new string[last - first + 1];
        for (var i = 0u; i < addresses.Length; i++)
        {
            var bytes = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(bytes, first + i);
            addresses[i] = new IPAddress(bytes).ToString();
        }

        return addresses;
    }

    private static uint ToNumber(string text) =>
        IPAddress.TryParse(text, out var address) && address.AddressFamily == AddressFamily.InterNetwork
            ? BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes())
            : throw new ArgumentException($"'{text}' is not an IPv4 address.", nameof(text));
}
