using System.Security.Cryptography;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>
/// Voucher codes people can read out and type: 16 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U),
/// in groups of four. About 78 random bits from the system's cryptographic generator, so codes cannot be guessed.
/// </summary>
public static class VoucherCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private const int Length = 16;

    public static string New()
    {
        var chars = RandomNumberGenerator.GetString(Alphabet, Length);
        return string.Join('-', chars.Chunk(4).Select(group => new string(group)));
    }
}
