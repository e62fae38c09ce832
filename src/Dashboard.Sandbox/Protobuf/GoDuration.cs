using System.Text;

namespace Dashboard.Sandbox.Protobuf;

/// <summary>Go's time.Duration.String(): "1h2m3.5s", "1.5ms", "0s" — what meta/v1 Duration writes to JSON.</summary>
internal static class GoDuration
{
    private const ulong Second = 1_000_000_000;

    public static string Format(long nanoseconds)
    {
        if (nanoseconds == 0)
        {
            return "0s";
        }

        var negative = nanoseconds < 0;
        var u = negative ? unchecked(0UL - (ulong)nanoseconds) : (ulong)nanoseconds;
        var reversed = new StringBuilder();
        if (u < Second)
        {
            // Below a second Go picks the unit: 100ns, 1.5µs, 2.25ms.
            var (unit, precision) = u switch
            {
                < 1_000 => ("ns", 0),
                < 1_000_000 => ("µs", 3),
                _ => ("ms", 6),
            };
            Prepend(reversed, unit);
            u = Fraction(reversed, u, precision);
            Prepend(reversed, u.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Prepend(reversed, "s");
            u = Fraction(reversed, u, 9);
            Prepend(reversed, (u % 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
            u /= 60;
            if (u > 0)
            {
                Prepend(reversed, "m");
                Prepend(reversed, (u % 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
                u /= 60;
                if (u > 0)
                {
                    Prepend(reversed, "h");
                    Prepend(reversed, u.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        if (negative)
        {
            Prepend(reversed, "-");
        }

        return reversed.ToString();
    }

    /// <summary>Go's fmtFrac: ".5" for the digits below 10^precision, trailing zeros and a bare point dropped.</summary>
    private static ulong Fraction(StringBuilder text, ulong value, int precision)
    {
        var digits = new StringBuilder();
        var print = false;
        for (var i = 0; i < precision; i++)
        {
            var digit = value % 10;
            print = print || digit != 0;
            if (print)
            {
                digits.Insert(0, (char)('0' + (int)digit));
            }

            value /= 10;
        }

        if (print)
        {
            Prepend(text, "." + digits);
        }

        return value;
    }

    private static void Prepend(StringBuilder text, string part) => text.Insert(0, part);
}
