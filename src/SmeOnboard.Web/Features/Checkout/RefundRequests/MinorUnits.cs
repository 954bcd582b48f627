namespace SmeOnboard.Web.Features.Checkout.RefundRequests;

/// <summary>Amounts typed in major units as minor units; anything finer than a minor unit is refused rather than rounded.</summary>
public static class MinorUnits
{
    public static long? From(decimal major) =>
        decimal.Round(major * 100) == major * 100 && major * 100 <= long.MaxValue && major >= 0 ? (long)(major * 100) : null;
}
