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

    /// <summary>
    /// PostgreSQL pays a round trip per statement, so rows go 500 to a statement; SQLite runs in the process, where the
    /// devices benchmark measured one small statement per row several times faster than a long one per chunk.
    /// </summary>
    private int RowsPerStatement => db.Dialect.Provider == DatabaseProvider.Postgres ? 500 : 1;

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

    private Task InsertReadingsAsync(DbConnection connection, DbTransaction transaction, List<DeviceMessage> messages, CancellationToken cancellationToken) =>
        ExecuteInChunksAsync(connection, transaction,
            "INSERT INTO device_readings (org_id, device_id, signal, recorded_at, number_value, text_value) VALUES ",
            (row, _) => $"({row[0]}, {row[1]}, {row[2]}, {row[3]}, {row[4]}, {row[5]})", ",", "",
            messages.SelectMany(m => m.Values.Select(v => new object?[] { m.OrgId, m.DeviceId, v.Signal, m.RecordedAt, v.Number, v.Text })).ToList(),
            cancellationToken);

    private async Task AddToAggregatesAsync(DbConnection connection, DbTransaction transaction, List<DeviceMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
            return;
        var (least, greatest) = db.Dialect.Provider == DatabaseProvider.Postgres ? ("LEAST", "GREATEST") : ("min", "max");
        var buckets = Bucket(messages, AggregateResolution.Minute).Concat(Bucket(messages, AggregateResolution.Hour)).ToList();
        // COALESCE on both sides: a bucket of states has no numbers, and SQLite's min() of a NULL is NULL. A batch never
        // holds the same bucket twice (they are summed first), as one INSERT … ON CONFLICT statement requires.
        await ExecuteInChunksAsync(connection, transaction,
            "INSERT INTO device_aggregates (org_id, device_id, signal, resolution, bucket_start, sample_count, value_sum, value_min, value_max, last_text) VALUES ",
            (row, _) => $"({string.Join(", ", row)})", ",",
            $"""

            ON CONFLICT (org_id, device_id, signal, resolution, bucket_start) DO UPDATE SET
                sample_count = device_aggregates.sample_count + excluded.sample_count,
                value_sum = COALESCE(device_aggregates.value_sum, 0) + COALESCE(excluded.value_sum, 0),
                value_min = {least}(COALESCE(device_aggregates.value_min, excluded.value_min), COALESCE(excluded.value_min, device_aggregates.value_min)),
                value_max = {greatest}(COALESCE(device_aggregates.value_max, excluded.value_max), COALESCE(excluded.value_max, device_aggregates.value_max)),
                last_text = COALESCE(excluded.last_text, device_aggregates.last_text)
            """, buckets, cancellationToken);
    }

    private static IEnumerable<object?[]> Bucket(List<DeviceMessage> messages, AggregateResolution resolution)
    {
        var size = resolution == AggregateResolution.Minute ? TimeSpan.TicksPerMinute : TimeSpan.TicksPerHour;
        return messages
            .SelectMany(m => m.Values.Select(v => (m.OrgId, m.DeviceId, m.RecordedAt, Value: v)))
            .GroupBy(x => (x.OrgId, x.DeviceId, x.Value.Signal, Start: new DateTimeOffset(x.RecordedAt.UtcTicks - x.RecordedAt.UtcTicks % size, TimeSpan.Zero)))
            .Select(g =>
            {
                var numbers = g.Where(x => x.Value.Number is not null).Select(x => x.Value.Number!.Value).ToList();
                return new object?[]
                {
                    g.Key.OrgId,
                    g.Key.DeviceId,
                    g.Key.Signal,
                    resolution.ToString(),
                    g.Key.Start,
                    (long)g.Count(),
                    numbers.Count > 0 ? numbers.Sum() : null,
                    numbers.Count > 0 ? numbers.Min() : null,
                    numbers.Count > 0 ? numbers.Max() : null,
                    g.OrderBy(x => x.RecordedAt).LastOrDefault(x => x.Value.Text is not null).Value?.Text,
                };
            });
    }

    /// <summary>Each device's counters and last message: an UPDATE … FROM a UNION of one row per device (both databases take it).</summary>
    private Task UpdateDevicesAsync(DbConnection connection, DbTransaction transaction, List<DeviceMessage> messages, CancellationToken cancellationToken) =>
        ExecuteInChunksAsync(connection, transaction,
            "UPDATE devices SET accepted_count = devices.accepted_count + v.n, last_seen_at = v.seen, last_message = v.message FROM (",
            (row, _) => $"SELECT {row[0]} AS id, {row[1]} AS n, {row[2]} AS seen, {row[3]} AS message", " UNION ALL ",
            ") AS v WHERE devices.id = v.id",
            messages.GroupBy(m => m.DeviceId).Select(g =>
            {
                var last = g.MaxBy(m => m.ReceivedAt)!;
                return new object?[] { g.Key, (long)g.Count(), last.ReceivedAt, last.Json.Length > LastMessageLimit ? last.Json[..LastMessageLimit] : last.Json };
            }).ToList(),
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="head"/> + one <paramref name="row"/> text per row (joined by <paramref name="separator"/>) +
    /// <paramref name="tail"/>, <see cref="RowsPerStatement"/> rows a statement, well inside both databases'
    /// parameter limits. <paramref name="row"/> gets the row's parameter names.
    /// </summary>
    private async Task ExecuteInChunksAsync(
        DbConnection connection, DbTransaction transaction, string head, Func<string[], int, string> row, string separator, string tail,
        IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var parameters = new DynamicParameters();
            var parts = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var names = new string[chunk[i].Length];
                for (var j = 0; j < names.Length; j++)
                {
                    names[j] = $"@p{i}_{j}";
                    parameters.Add(names[j][1..], chunk[i][j]);
                }
                parts.Add(row(names, i));
            }
            await connection.ExecuteAsync(new CommandDefinition(head + string.Join(separator, parts) + tail, parameters, transaction, cancellationToken: cancellationToken));
        }
    }

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
