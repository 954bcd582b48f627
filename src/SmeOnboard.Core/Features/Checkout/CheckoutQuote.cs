using SmeOnboard.Core.Features.Marketplace;

namespace SmeOnboard.Core.Features.Checkout;

/// <summary>What the firm sees before paying: the app, the split of its price, and the scopes it will consent to.</summary>
public sealed class CheckoutQuote
{
    public CatalogueApp App { get; init; } = new();
    public ShareQuote Split { get; init; } = new();
    public string? VoucherCode { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public bool Sandbox { get; init; }
}
