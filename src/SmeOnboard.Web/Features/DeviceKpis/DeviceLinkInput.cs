using SmeOnboard.Core.Features.DeviceKpis;

namespace SmeOnboard.Web.Features.DeviceKpis;

/// <summary>The link form's editable values; reasons are typed as "Jam=BRK, ToolChange=TOOL".</summary>
public sealed class DeviceLinkInput
{
    public string TableId { get; set; } = "";
    public string DeviceId { get; set; } = "";
    public string Machine { get; set; } = "";
    public string StateSignal { get; set; } = "state";
    public string RunningState { get; set; } = "RUNNING";
    public string StoppedState { get; set; } = "STOPPED";
    public string? TotalSignal { get; set; } = "cycles";
    public string? GoodSignal { get; set; }
    public double IdealCycleTimeSeconds { get; set; } = 1;
    public DeviceKpiBucket Bucket { get; set; } = DeviceKpiBucket.Shift;
    public string? ReasonSignal { get; set; }
    public string Reasons { get; set; } = "";
    public string DefaultReason { get; set; } = "";
    public int UtcOffsetMinutes { get; set; } = 480;

    public NewDeviceKpiLink ToLink(Guid installationId) => new()
    {
        InstallationId = installationId,
        TableId = TableId,
        DeviceId = DeviceId,
        Mapping = new DeviceKpiMapping
        {
            Machine = Machine.Trim(),
            StateSignal = StateSignal,
            RunningState = RunningState.Trim(),
            StoppedState = StoppedState.Trim(),
            TotalSignal = Blank(TotalSignal),
            GoodSignal = Blank(GoodSignal),
            IdealCycleTimeSeconds = IdealCycleTimeSeconds,
            Bucket = Bucket,
            ReasonSignal = Blank(ReasonSignal),
            Reasons = Reasons.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
                .Where(pair => pair.Length == 2 && pair[0].Length > 0)
                .DistinctBy(pair => pair[0])
                .ToDictionary(pair => pair[0], pair => pair[1]),
            DefaultReason = DefaultReason.Trim(),
            UtcOffsetMinutes = UtcOffsetMinutes,
        },
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
