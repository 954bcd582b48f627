using System.Data.Common;
using Dapper;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Writes a batch of accepted messages and rejections in one transaction: the readings, the minute and hour
/// aggregates (summed in memory first, then added to the stored buckets), and each device's counters and last message.
/// </summary>
public sealed class DeviceReadingStore(IDbConnectionFactory db)
{
    private const int LastMessageLimit = 4000;

    public async Task WriteAsync(IReadOnlyList<DeviceEvent> batch, CancellationToken cancellationToken = default)
    {
        var messages = batch.Where(e => e.Message is not null).Select(e => e.Message!).ToList();
        var rejections = batch.Where(e => e.Rejected is not null).Select(e => e.Rejected!).ToList();
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertReadingsAsync(connection, transaction, messages, cancellationToken);
        await AddToAggregatesAsync(connection, transaction, messages, cancellationToken);
        await UpdateDevicesAsync(connection, transaction, messages, cancellationToken);
        await CountRejectionsAsync(connection, transaction, rejections, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<List<AggregateRow>> AggregatesAsync(Guid orgId, string deviceId, AggregateResolution resolution, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        db.QueryListAsync<AggregateRow>(
            """
            SELECT signal, resolution, bucket_start, sample_count, value_sum, value_min, value_max, last_text
            FROM device_aggregates
            WHERE org_id = @orgId AND device_id = @deviceId AND resolution = @resolution AND bucket_start >= @since
            ORDER BY bucket_start, signal
            """, new { orgId, deviceId, resolution = resolution.ToString(), since }, cancellationToken);

    public Task<List<ReadingRow>> ReadingsAsync(Guid orgId, string deviceId, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        db.QueryListAsync<ReadingRow>(
            """
            SELECT signal, recorded_at, number_value, text_value FROM device_readings
            WHERE org_id = @orgId AND device_id = @deviceId AND recorded_at >= @since
            ORDER BY recorded_at, id
            """, new { orgId, deviceId, since }, cancellationToken);

    /// <summary>Removes readings and minute buckets older than <paramref name="readingsBefore"/>, hour buckets older than <paramref name="hoursBefore"/>.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset readingsBefore, DateTimeOffset hoursBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM device_readings WHERE recorded_at < @readingsBefore", new { readingsBefore }, cancellationToken: cancellationToken));
        deleted += await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM device_aggregates WHERE (resolution = 'Minute' AND bucket_start < @readingsBefore) OR (resolution = 'Hour' AND bucket_start < @hoursBefore)",
            new { readingsBefore, hoursBefore }, cancellationToken: cancellationToken));
        return deleted;
    }

    private static Task InsertReadingsAsync(DbConnection connection, DbTransaction transaction, List<DeviceMessage> messages, CancellationToken cancellationToken) =>
        messages.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO device_readings (org_id, device_id, signal, recorded_at, number_value, text_value)
                VALUES (@OrgId, @DeviceId, @Signal, @RecordedAt, @Number, @Text)
                """,
                messages.SelectMany(m => m.Values.Select(v => new { m.OrgId, m.DeviceId, v.Signal, m.RecordedAt, v.Number, v.Text })).ToList(),
                transaction, cancellationToken: cancellationToken));

    private async Task AddToAggregatesAsync(DbConnection connection, DbTransaction transaction, List<DeviceMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
            return;
        var (least, greatest) = db.Dialect.Provider == DatabaseProvider.Postgres ? ("LEAST", "GREATEST") : ("min", "max");
        var buckets = Bucket(messages, AggregateResolution.Minute).Concat(Bucket(messages, AggregateResolution.Hour)).ToList();
        // COALESCE on both sides: a bucket of states has no numbers, and SQLite's min() of a NULL is NULL.
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            INSERT INTO device_aggregates (org_id, device_id, signal, resolution, bucket_start, sample_count, value_sum, value_min, value_max, last_text)
            VALUES (@OrgId, @DeviceId, @Signal, @Resolution, @BucketStart, @Count, @Sum, @Min, @Max, @LastText)
            ON CONFLICT (org_id, device_id, signal, resolution, bucket_start) DO UPDATE SET
                sample_count = device_aggregates.sample_count + excluded.sample_count,
                value_sum = COALESCE(device_aggregates.value_sum, 0) + COALESCE(excluded.value_sum, 0),
                value_min = {least}(COALESCE(device_aggregates.value_min, excluded.value_min), COALESCE(excluded.value_min, device_aggregates.value_min)),
                value_max = {greatest}(COALESCE(device_aggregates.value_max, excluded.value_max), COALESCE(excluded.value_max, device_aggregates.value_max)),
                last_text = COALESCE(excluded.last_text, device_aggregates.last_text)
            """, buckets, transaction, cancellationToken: cancellationToken));
    }

    private static IEnumerable<object> Bucket(List<DeviceMessage> messages, AggregateResolution resolution)
    {
        var size = resolution == AggregateResolution.Minute ? TimeSpan.TicksPerMinute : TimeSpan.TicksPerHour;
        return messages
            .SelectMany(m => m.Values.Select(v => (m.OrgId, m.DeviceId, m.RecordedAt, Value: v)))
            .GroupBy(x => (x.OrgId, x.DeviceId, x.Value.Signal, Start: new DateTimeOffset(x.RecordedAt.UtcTicks - x.RecordedAt.UtcTicks % size, TimeSpan.Zero)))
            .Select(g =>
            {
                var numbers = g.Where(x => x.Value.Number is not null).Select(x => x.Value.Number!.Value).ToList();
                return new
                {
                    g.Key.OrgId,
                    g.Key.DeviceId,
                    g.Key.Signal,
                    Resolution = resolution.ToString(),
                    BucketStart = g.Key.Start,
                    Count = (long)g.Count(),
                    Sum = numbers.Count > 0 ? numbers.Sum() : (double?)null,
                    Min = numbers.Count > 0 ? numbers.Min() : (double?)null,
                    Max = numbers.Count > 0 ? numbers.Max() : (double?)null,
                    LastText = g.OrderBy(x => x.RecordedAt).LastOrDefault(x => x.Value.Text is not null).Value?.Text,
                };
            });
    }

    private static Task UpdateDevicesAsync(DbConnection connection, DbTransaction transaction, List<DeviceMessage> messages, CancellationToken cancellationToken) =>
        messages.Count == 0
            ? Task.CompletedTask
            : connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE devices SET accepted_count = accepted_count + @Count, last_seen_at = @SeenAt, last_message = @LastMessage
                WHERE id = @DeviceId
                """,
                messages.GroupBy(m => m.DeviceId).Select(g =>
                {
                    var last = g.MaxBy(m => m.ReceivedAt)!;
                    return new
                    {
                        DeviceId = g.Key,
                        Count = (long)g.Count(),
                        SeenAt = last.ReceivedAt,
                        LastMessage = last.Json.Length > LastMessageLimit ? last.Json[..LastMessageLimit] : last.Json,
                    };
                }).ToList(),
                transaction, cancellationToken: cancellationToken));

    private async Task CountRejectionsAsync(DbConnection connection, DbTransaction transaction, List<RejectedMessage> rejections, CancellationToken cancellationToken)
    {
        foreach (var device in rejections.GroupBy(r => r.DeviceId))
        {
            var stored = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
                $"SELECT last_rejections FROM devices WHERE id = @deviceId {db.Dialect.ForUpdate}", new { deviceId = device.Key }, transaction, cancellationToken: cancellationToken));
            if (stored is null)
                continue;
            var latest = device.Select(r => r.Rejection).Reverse().Concat(DeviceJson.Rejections(stored)).Take(DeviceJson.RejectionsKept).ToList();
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE devices SET rejected_count = rejected_count + @count, last_rejections = {db.Dialect.Json("latest")} WHERE id = @deviceId",
                new { deviceId = device.Key, count = (long)device.Count(), latest = DeviceJson.Write(latest) }, transaction, cancellationToken: cancellationToken));
        }
    }
}
