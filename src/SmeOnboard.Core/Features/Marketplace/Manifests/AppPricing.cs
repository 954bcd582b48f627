namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>What the app costs: a model and an amount in minor units of an ISO currency.</summary>
public sealed class AppPricing
{
    public string Model { get; init; } = "";

    /// <summary>For per-seat: per seat and month.</summary>
    public long AmountMinor { get; init; }

    public string Currency { get; init; } = "";

    public bool IsFree => Model == PricingModels.Free;
}
