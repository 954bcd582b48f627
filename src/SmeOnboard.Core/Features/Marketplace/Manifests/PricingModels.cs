namespace SmeOnboard.Core.Features.Marketplace.Manifests;

/// <summary>The pricing models a manifest may name (the schema holds the same list).</summary>
public static class PricingModels
{
    public const string Free = "free";
    public const string OneTime = "one-time";
    public const string Monthly = "monthly";
    public const string Yearly = "yearly";
    public const string PerSeat = "per-seat";

    public static readonly IReadOnlyList<string> All = [Free, OneTime, Monthly, Yearly, PerSeat];
}
