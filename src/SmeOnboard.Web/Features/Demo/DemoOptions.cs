using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Web.Features.Demo;

/// <summary>Demo data for local runs: only when Seed is true (the root appsettings.json sets it).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    /// <summary>The password every demo account gets; listed in the README.</summary>
    [Required, MinLength(10)]
    public string Password { get; set; } = "Demo-Pass-2026";
}
