namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>What a linked table receives from its device; each kind writes a fixed set of columns.</summary>
public enum DeviceKpiKind
{
    /// <summary>One row per shift or hour: date, shift, machine, planned and run minutes, ideal cycle time, total and good counts.</summary>
    Counts,

    /// <summary>One row per stop: started_at, machine, reason_code, minutes, shift, note (when it ended).</summary>
    Downtime,
}
