using SmeOnboard.Core.Features.Devices;

namespace SmeOnboard.Core.Features.DeviceKpis;

/// <summary>
/// Turns a device's readings into rows of a linked table, from the link's saved state: counts per shift or hour (time
/// between readings is planned time, and run time while the machine was running), or one row per stop. Readings at or
/// before the state's last one are skipped, so re-delivery and replays write nothing new.
/// </summary>
public static class DeviceKpiProjection
{
    /// <summary>Readings further apart than this leave a gap (the device was off or unreachable), which is not planned time.</summary>
    public static readonly TimeSpan MaxGap = TimeSpan.FromMinutes(5);

    public static (DeviceKpiState State, IReadOnlyList<DeviceKpiRowWrite> Writes) Apply(
        DeviceKpiKind kind, DeviceKpiMapping mapping, DeviceKpiState state, IEnumerable<DeviceMessage> messages)
    {
        var writes = new Dictionary<string, DeviceKpiRowWrite>(StringComparer.Ordinal);
        foreach (var message in messages.OrderBy(m => m.RecordedAt))
        {
            if (state.LastAt is { } last && message.RecordedAt <= last)
                continue;
            state = kind == DeviceKpiKind.Counts ? Count(mapping, state, message, writes) : Stop(mapping, state, message, writes);
        }
        return (state, writes.Values.ToList());
    }

    /// <summary>The shift a moment belongs to: early from 06:00, late from 18:00 local time, dated by the day it began.</summary>
    public static (DateOnly Date, string Shift, int Hour) ShiftOf(DateTimeOffset at, int utcOffsetMinutes)
    {
        var local = at.UtcDateTime.AddMinutes(utcOffsetMinutes);
        var sinceSix = local.AddHours(-6);
        return (DateOnly.FromDateTime(sinceSix), sinceSix.Hour < 12 ? "early" : "late", local.Hour);
    }

    public static string ShiftKey(DateTimeOffset at, int utcOffsetMinutes)
    {
        var (date, shift, _) = ShiftOf(at, utcOffsetMinutes);
        return $"{date:yyyy-MM-dd}/{shift}";
    }

    private static DeviceKpiState Count(DeviceKpiMapping mapping, DeviceKpiState state, DeviceMessage message, Dictionary<string, DeviceKpiRowWrite> writes)
    {
        var (date, shift, hour) = ShiftOf(message.RecordedAt, mapping.UtcOffsetMinutes);
        var shiftKey = $"{date:yyyy-MM-dd}/{shift}";
        var key = mapping.Bucket == DeviceKpiBucket.Shift ? shiftKey : $"{shiftKey}/{hour:00}";
        var same = state.BucketKey == key;
        var seconds = state.LastAt is { } last && message.RecordedAt - last <= MaxGap ? (message.RecordedAt - last).TotalSeconds : 0;
        var total = Number(message, mapping.TotalSignal);
        var good = Number(message, mapping.GoodSignal);
        var made = Delta(state.LastTotal, total);
        var madeGood = mapping.GoodSignal is null ? made : Delta(state.LastGood, good);
        var next = new DeviceKpiState
        {
            LastAt = message.RecordedAt,
            LastState = Text(message, mapping.StateSignal) ?? state.LastState,
            LastTotal = total ?? state.LastTotal,
            LastGood = good ?? state.LastGood,
            BucketKey = key,
            PlannedSeconds = (same ? state.PlannedSeconds : 0) + seconds,
            RunSeconds = (same ? state.RunSeconds : 0) + (state.LastState == mapping.RunningState ? seconds : 0),
            Total = (same ? state.Total : 0) + made,
            Good = (same ? state.Good : 0) + madeGood,
            ShiftKey = shiftKey,
            ShiftTotal = (state.ShiftKey == shiftKey ? state.ShiftTotal : 0) + made,
        };
        writes[key] = new DeviceKpiRowWrite(key, new Dictionary<string, object?>
        {
            ["date"] = date,
            ["shift"] = shift,
            ["machine"] = mapping.Machine,
            ["planned_time_min"] = Math.Round(next.PlannedSeconds / 60, 2),
            ["run_time_min"] = Math.Round(next.RunSeconds / 60, 2),
            ["ideal_cycle_time_s"] = mapping.IdealCycleTimeSeconds,
            ["total_count"] = next.Total,
            ["good_count"] = next.Good,
        });
        return next;
    }

    private static DeviceKpiState Stop(DeviceKpiMapping mapping, DeviceKpiState state, DeviceMessage message, Dictionary<string, DeviceKpiRowWrite> writes)
    {
        var now = Text(message, mapping.StateSignal);
        var next = new DeviceKpiState
        {
            LastAt = message.RecordedAt,
            LastState = now ?? state.LastState,
            ShiftKey = ShiftKey(message.RecordedAt, mapping.UtcOffsetMinutes),
            StopStartedAt = state.StopStartedAt,
            StopReason = state.StopReason,
        };
        if (now == mapping.StoppedState && state.StopStartedAt is null)
        {
            next = Reopen(next, message.RecordedAt, ReasonCode(mapping, Text(message, mapping.ReasonSignal)));
            writes[Key(message.RecordedAt)] = StopRow(mapping, message, message.RecordedAt, next.StopReason!, null);
        }
        else if (now is not null && now != mapping.StoppedState && state.StopStartedAt is { } started)
        {
            writes[Key(started)] = StopRow(mapping, message, started, state.StopReason ?? mapping.DefaultReason, message.RecordedAt);
            next = Reopen(next, null, null);
        }
        return next;
    }

    private static DeviceKpiState Reopen(DeviceKpiState state, DateTimeOffset? startedAt, string? reason) => new()
    {
        LastAt = state.LastAt,
        LastState = state.LastState,
        ShiftKey = state.ShiftKey,
        StopStartedAt = startedAt,
        StopReason = reason,
    };

    private static DeviceKpiRowWrite StopRow(DeviceKpiMapping mapping, DeviceMessage message, DateTimeOffset started, string reason, DateTimeOffset? ended)
    {
        var (_, shift, _) = ShiftOf(started, mapping.UtcOffsetMinutes);
        return new DeviceKpiRowWrite(Key(started), new Dictionary<string, object?>
        {
            ["started_at"] = started,
            ["ended_at"] = ended,
            ["machine"] = mapping.Machine,
            ["reason_code"] = reason,
            ["minutes"] = ended is { } end ? Math.Round((end - started).TotalMinutes, 2) : 0d,
            ["shift"] = shift,
            ["note"] = ended is { } until ? $"{message.DeviceId} {started.UtcDateTime:HH:mm:ss}–{until.UtcDateTime:HH:mm:ss} UTC" : $"{message.DeviceId} {started.UtcDateTime:HH:mm:ss} UTC –",
        });
    }

    private static string Key(DateTimeOffset started) => started.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static string ReasonCode(DeviceKpiMapping mapping, string? reason) =>
        reason is not null && mapping.Reasons.TryGetValue(reason, out var code) ? code : mapping.DefaultReason;

    /// <summary>What a counter made since its last value: nothing for the first value seen, all of it after a restart.</summary>
    private static double Delta(double? last, double? value) => (last, value) switch
    {
        (_, null) or (null, _) => 0,
        ({ } l, { } v) when v < l => v,
        ({ } l, { } v) => v - l,
    };

    private static double? Number(DeviceMessage message, string? signal) =>
        signal is null ? null : message.Values.FirstOrDefault(v => v.Signal == signal)?.Number;

    private static string? Text(DeviceMessage message, string? signal) =>
        signal is null ? null : message.Values.FirstOrDefault(v => v.Signal == signal)?.Text;
}
