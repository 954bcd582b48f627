using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Vouchers;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>
/// The voucher share of a purchase: the coverage percentage of the price (the firm's size tier when the programme has
/// tiers), limited by the voucher's balance, the firm's remaining cap and the programme's remaining budget, rounded
/// down to the minor unit so the firm never pays a fraction. Anything that makes the voucher unusable is refused with
/// the reason; nothing here reads the database.
/// </summary>
public static class ShareCalculator
{
    /// <summary>Prices above this (10 billion in major units) are refused, which keeps every product well inside a long.</summary>
    public const long MaxPriceMinor = 1_000_000_000_000;

    public static Result<ShareQuote> Calculate(ShareInputs inputs)
    {
        if (inputs.PriceMinor <= 0 || inputs.PriceMinor > MaxPriceMinor)
        {
            return new FieldError("", "Errors.Checkout.BadPrice", "The price must be a whole, positive number of minor units.");
        }
        if (inputs.Voucher is null)
        {
            return new ShareQuote { PriceMinor = inputs.PriceMinor, ShareMinor = 0, Currency = inputs.Currency };
        }
        var refusal = Refusal(inputs);
        if (refusal is not null)
        {
            return refusal;
        }
        var percent = inputs.Rules.CoverageFor(inputs.FirmHeadcountBand);
        var coverage = (long)((Int128)inputs.PriceMinor * percent / 100);
        var share = Math.Max(0, Math.Min(Math.Min(coverage, inputs.VoucherBalanceMinor), Math.Min(inputs.CapRemainingMinor, inputs.ProgrammeRemainingMinor)));
        if (share == 0)
        {
            return NothingLeft(inputs);
        }
        return new ShareQuote { PriceMinor = inputs.PriceMinor, ShareMinor = share, Currency = inputs.Currency, CoveragePercent = percent };
    }

    private static FieldError? Refusal(ShareInputs inputs)
    {
        var voucher = inputs.Voucher!;
        if (voucher.FirmOrgId != inputs.FirmOrgId)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.VoucherUnknown", "There is no such voucher for your firm.");
        }
        if (!voucher.IsActiveAt(inputs.Now))
        {
            return new FieldError("VoucherCode", "Errors.Checkout.VoucherExpired", $"This voucher expired on {voucher.ExpiresAt:yyyy-MM-dd}.");
        }
        if (!string.Equals(voucher.Currency, inputs.Currency, StringComparison.Ordinal))
        {
            return new FieldError("VoucherCode", "Errors.Checkout.CurrencyMismatch",
                $"This voucher pays in {voucher.Currency}, but the app is priced in {inputs.Currency}.");
        }
        if (inputs.ProgrammeStatus != ProgrammeStatus.Published)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.ProgrammeNotPaying", "The voucher's programme is not paying out at the moment.");
        }
        if (inputs.Rules.RedemptionMode != inputs.Mode)
        {
            return inputs.Mode == RedemptionMode.Upfront
                ? new FieldError("VoucherCode", "Errors.Checkout.ReimbursementMode", "This voucher is claimed back after purchase, not used at checkout.")
                : new FieldError("VoucherCode", "Errors.Claims.UpfrontMode", "This voucher is used at checkout, not claimed back after purchase.");
        }
        if (!inputs.AppVoucherEligible)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.AppNotEligible", "This app is not offered for vouchers.");
        }
        if (!IsCoveredApp(inputs))
        {
            return new FieldError("VoucherCode", "Errors.Checkout.AppNotCovered",
                $"The voucher's programme does not cover {inputs.AppCategory} apps and does not list this app.");
        }
        if (inputs.PurchasesUsed >= inputs.Rules.PurchasesAllowed)
        {
            return new FieldError("VoucherCode", "Errors.Checkout.PurchasesUsed",
                $"This voucher has already paid for the {inputs.Rules.PurchasesAllowed} purchase(s) it allows.");
        }
        return null;
    }

    private static FieldError NothingLeft(ShareInputs inputs) =>
        inputs.Rules.CoverageFor(inputs.FirmHeadcountBand) * inputs.PriceMinor < 100
            ? new FieldError("VoucherCode", "Errors.Checkout.NothingCovered", "The voucher's coverage gives nothing off this price.")
            : inputs.VoucherBalanceMinor <= 0
            ? new FieldError("VoucherCode", "Errors.Checkout.VoucherSpent", "This voucher has nothing left to spend.")
            : inputs.CapRemainingMinor <= 0
                ? new FieldError("VoucherCode", "Errors.Checkout.CapReached", "Your firm has reached its cap in this programme.")
                : new FieldError("VoucherCode", "Errors.Checkout.BudgetSpent", "The programme's budget is spent; buy without the voucher or try again later.");

    /// <summary>An app in one of the programme's categories or on its list; with neither list, any voucher-eligible app.</summary>
    private static bool IsCoveredApp(ShareInputs inputs)
    {
        var rules = inputs.Rules;
        if (rules.Categories.Count == 0 && rules.ApprovedAppIds.Count == 0)
        {
            return true;
        }
        return rules.Categories.Contains(inputs.AppCategory, StringComparer.OrdinalIgnoreCase) || rules.ApprovedAppIds.Contains(inputs.AppId, StringComparer.Ordinal);
    }
}
