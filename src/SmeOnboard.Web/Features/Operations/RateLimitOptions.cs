using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Web.Features.Operations;

/// <summary>How many sign-in and sign-up attempts one address may make per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 10_000)]
    public int SignInPermitsPerMinute { get; set; } = 20;

    [Range(1, 10_000)]
    public int SignUpPermitsPerMinute { get; set; } = 10;
}
