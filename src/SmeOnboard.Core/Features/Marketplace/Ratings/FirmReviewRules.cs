namespace SmeOnboard.Core.Features.Marketplace.Ratings;

/// <summary>The rules of firm reviews, as the domain describes them: only after real use, one per firm and app.</summary>
public static class FirmReviewRules
{
    /// <summary>A firm reviews an app after at least this long with an active install.</summary>
    public static readonly TimeSpan MinimumUse = TimeSpan.FromDays(7);

    public const int MaxBodyLength = 2000;

    public const int MaxReplyLength = 2000;
}
