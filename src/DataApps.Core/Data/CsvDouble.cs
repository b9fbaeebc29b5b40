using System.Numerics;
using System.Runtime.CompilerServices;

namespace DataApps.Data;

/// <summary>
/// Parses plain decimal numbers (<c>[+-]digits[.digits][e[+-]digits]</c>, up to 19 significant digits) to the same double
/// <see cref="double.Parse(string)"/> gives, several times faster; anything else is left to <see cref="double.TryParse(string?, out double)"/>.
/// </summary>
/// <remarks>
/// Note [Fast doubles]: with the digits as an integer w and the value w × 10^q, Clinger's fast path covers w ≤ 2^53 and
/// |q| ≤ 22 (both exact doubles, so one multiplication or division is correctly rounded). Longer mantissas — a double written
/// back with all its 17 digits, the usual case in generated data — use the Eisel–Lemire algorithm (Lemire, "Number parsing at
/// a gigabyte per second", 2021): w times a 128-bit truncated power of five gives the top bits of the result, and the
/// rounding is decided from them. Cases it cannot decide, subnormals, infinities and exponents outside the table fall back
/// to the runtime's parser. Tests compare every path with <see cref="double.Parse(string)"/> on millions of values.
/// </remarks>
internal static class CsvDouble
{
    private const int MinPower = -100;
    private const int MaxPower = 100;

    private static readonly double[] ExactPowersOf10 =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>5^q for q in [<see cref="MinPower"/>, <see cref="MaxPower"/>], normalized and truncated to 128 bits: high and low halves.</summary>
    private static readonly (ulong[] High, ulong[] Low) Powers = PowersOfFive();

    /// <summary>Parses <paramref name="s"/> when it is a plain number with at most 19 significant digits; <c>false</c> means "ask the runtime".</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> s, byte point, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (s.Length > 0 && s[0] is (byte)'-' or (byte)'+')
        {
            negative = s[0] == '-';
            i = 1;
        }

        ulong w = 0;
        int digits = 0, scale = 0;
        var any = false;
        var seenPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            var d = (uint)(c - '0');
            if (d <= 9)
            {
                any = true;
                if (w != 0 || d != 0)
                {
                    if (++digits > 19)
                    {
                        return false;
                    }
                }

                w = (w * 10) + d;
                scale += seenPoint ? 1 : 0;
            }
            else if (c == point && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        if (!any)
        {
            return false;
        }

        var exponent = 0;
        if (i < s.Length)
        {
            // Only an exponent may follow the digits: e or E, a sign, one to four digits.
            if (s[i] is not ((byte)'e' or (byte)'E') || ++i == s.Length)
            {
                return false;
            }

            var negativeExponent = s[i] == '-';
            if (s[i] is (byte)'-' or (byte)'+')
            {
                i++;
            }

            if (i == s.Length || s.Length - i > 4)
            {
                return false;
            }

            for (; i < s.Length; i++)
            {
                var d = (uint)(s[i] - '0');
                if (d > 9)
                {
                    return false;
                }

                exponent = (exponent * 10) + (int)d;
            }

            exponent = negativeExponent ? -exponent : exponent;
        }

        var q = exponent - scale;
        double x;
        if (w == 0)
        {
            x = 0;
        }
        else if (w <= 1UL << 53 && q is >= -22 and <= 22)
        {
            x = q < 0 ? w / ExactPowersOf10[-q] : w * ExactPowersOf10[q];
        }
        else if (!TryEiselLemire(w, q, out x))
        {
            return false;
        }

        value = negative ? -x : x;
        return true;
    }

    /// <summary>w × 10^q correctly rounded, for w ≠ 0; <c>false</c> when the product's bits cannot decide, or the result is subnormal or infinite.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryEiselLemire(ulong w, int q, out double value)
    {
        value = 0;
        if (q is < MinPower or > MaxPower)
        {
            return false;
        }

        var leadingZeros = BitOperations.LeadingZeroCount(w);
        w <<= leadingZeros;
        var at = q - MinPower;
        var high = Math.BigMul(w, Powers.High[at], out var low);
        if ((high & 0x1FF) == 0x1FF)
        {
            // The truncated power might matter: add the product with its lower half.
            var carry = Math.BigMul(w, Powers.Low[at], out _);
            low += carry;
            if (carry > low)
            {
                high++;
            }

            if ((high & 0x1FF) == 0x1FF && low == ulong.MaxValue)
            {
                return false;
            }
        }

        var upper = (int)(high >> 63);
        var shift = upper + 9;
        var mantissa = high >> shift;
        var power2 = (int)(((217706L * q) >> 16) + 63) + upper - leadingZeros + 1023;
        if (power2 <= 0)
        {
            return false;
        }

        // Exactly halfway between two doubles: round to even rather than up.
        if (low <= 1 && q is >= -4 and <= 23 && (mantissa & 3) == 1 && (mantissa << shift) == high)
        {
            mantissa &= ~1UL;
        }

        mantissa += mantissa & 1;
        mantissa >>= 1;
        if (mantissa >= 2UL << 52)
        {
            mantissa = 1UL << 52;
            power2++;
        }

        mantissa &= ~(1UL << 52);
        if (power2 >= 0x7FF)
        {
            return false;
        }

        value = BitConverter.UInt64BitsToDouble(mantissa | ((ulong)power2 << 52));
        return true;
    }

    private static (ulong[] High, ulong[] Low) PowersOfFive()
    {
        var high = new ulong[MaxPower - MinPower + 1];
        var low = new ulong[high.Length];
        var two128 = BigInteger.One << 128;
        for (var q = MinPower; q <= MaxPower; q++)
        {
            BigInteger c;
            if (q < 0)
            {
                // For 10^q < 1: the reciprocal 2^b / 5^-q, rounded up, kept to 128 bits.
                var power5 = BigInteger.Pow(5, -q);
                var z = (int)(power5 - 1).GetBitLength();
                c = q >= -27 ? (BigInteger.One << (z + 127)) / power5 + 1 : (BigInteger.One << ((2 * z) + 128)) / power5 + 1;
                while (c >= two128)
                {
                    c >>= 1;
                }
            }
            else
            {
                c = BigInteger.Pow(5, q);
                while (c < BigInteger.One << 127)
                {
                    c <<= 1;
                }

                while (c >= two128)
                {
                    c >>= 1;
                }
            }

            high[q - MinPower] = (ulong)(c >> 64);
            low[q - MinPower] = (ulong)(c & ulong.MaxValue);
        }

        return (high, low);
    }
}
