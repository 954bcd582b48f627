namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>How long one counts row lasts.</summary>
public enum DeviceKpiBucket
{
    Shift,
    Hour,
}
