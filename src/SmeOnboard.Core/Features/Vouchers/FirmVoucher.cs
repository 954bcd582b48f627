namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>A firm's voucher with its programme's name and the rules of the revision it was issued under.</summary>
public sealed class FirmVoucher
{
    public Voucher Voucher { get; init; } = new();
    public string ProgrammeNameEn { get; init; } = "";
    public string ProgrammeNameZh { get; init; } = "";
    public ProgrammeRules Rules { get; init; } = new();

    /// <summary>The programme's officer clawed it back: it buys nothing more, whatever its expiry says.</summary>
    public bool ClawedBack { get; init; }

    public string ProgrammeNameIn(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ProgrammeNameZh : ProgrammeNameEn;
}
