namespace SmeOnboard.Core.Features.Checkout.Renewals;

/// <summary>The share inputs of a renewal: those of the voucher now, with the subscription's own first purchase not counted again.</summary>
internal static class RenewalShare
{
    public static ShareInputs AsSamePurchase(ShareInputs state) => new()
    {
        AppId = state.AppId, AppCategory = state.AppCategory, AppVoucherEligible = state.AppVoucherEligible, PriceMinor = state.PriceMinor,
        Currency = state.Currency, FirmOrgId = state.FirmOrgId, FirmHeadcountBand = state.FirmHeadcountBand, Now = state.Now, Voucher = state.Voucher,
        Rules = state.Rules, ProgrammeStatus = state.ProgrammeStatus, VoucherBalanceMinor = state.VoucherBalanceMinor, CapRemainingMinor = state.CapRemainingMinor,
        ProgrammeRemainingMinor = state.ProgrammeRemainingMinor, PurchasesUsed = Math.Max(0, state.PurchasesUsed - 1),
    };
}
