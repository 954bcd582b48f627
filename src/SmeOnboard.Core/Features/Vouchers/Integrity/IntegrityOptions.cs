using System.ComponentModel.DataAnnotations;

namespace SmeOnboard.Core.Features.Vouchers.Integrity;

/// <summary>When the integrity checks of voucher programmes raise a flag (section "Vouchers:Integrity").</summary>
public sealed class IntegrityOptions
{
    public const string Section = "Vouchers:Integrity";

    /// <summary>A price raised this many days or fewer before a voucher purchase is flagged.</summary>
    [Range(1, 365)]
    public int PriceRiseWindowDays { get; set; } = 30;

    /// <summary>Vouchers spent at one vendor within this many hours count towards <see cref="VelocityThreshold"/>.</summary>
    [Range(1, 24 * 90)]
    public int VelocityWindowHours { get; set; } = 24;

    /// <summary>This many different vouchers spent at one vendor within the window raise a flag.</summary>
    [Range(2, 10_000)]
    public int VelocityThreshold { get; set; } = 5;
}
