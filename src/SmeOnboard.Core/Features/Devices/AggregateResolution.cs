namespace SmeOnboard.Core.Features.Devices;

/// <summary>The bucket sizes readings are summed into for charts.</summary>
public enum AggregateResolution
{
    Minute,
    Hour,
}
