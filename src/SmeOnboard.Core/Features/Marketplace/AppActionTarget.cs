namespace SmeOnboard.Core.Features.Marketplace;

/// <summary>Where an installed app's action is posted and the vendor's secret it is signed with; the secret is never logged.</summary>
public sealed record AppActionTarget(Uri Url, string Secret);
