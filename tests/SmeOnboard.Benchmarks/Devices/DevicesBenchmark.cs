using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Protocol;
using SmeOnboard.Benchmarks.Postgres;
using SmeOnboard.Benchmarks.Support;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.DeviceKpis;
using SmeOnboard.Core.Features.Devices;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Benchmarks.Devices;

/// <summary>
/// N simulated devices (--clients, default 500) on the embedded broker, each publishing one message a second (three
/// signals) for --seconds, through the real ingest, batch writer and workflow router, on SQLite and (with SMEONBOARD_PG)
/// PostgreSQL. Publish→stored latency: a poller counts stored readings every 10 ms; the k-th message sent counts as
/// stored at the first poll that sees k messages (the queue is first in, first out), so the figures are ±10 ms.
/// Publish→workflow: the first <see cref="Watched"/> devices each have a published andon workflow whose DeviceSignal
/// trigger names their topic with <c>signal.state == "STOPPED"</c>, and send STOPPED every fifth second. Every message
/// on such a topic runs the trigger (an instance is saved; the condition then continues or finishes it), so the k-th
/// watched message counts as heard when the poller sees k workflow instances (the router is first in, first out too).
/// </summary>
public static class DevicesBenchmark
{
    private const string Secret = "dsk_benchmark-device-secret";
    private const int Watched = 20;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var devices = options.Clients == 2 ? 500 : options.Clients;
        Console.WriteLine($"## devices: {devices} devices × 1 message/s × {options.Seconds} s, 3 values per message");
        Console.WriteLine("| database | messages | sustained (messages/s) | publish→stored p50 (ms) | p95 (ms) | max (ms) | refused | watched | publish→workflow ran p50 (ms) | p95 (ms) | max (ms) | ran |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var sqlite = Path.Combine(Path.GetTempPath(), $"smeonboard-devices-bench-{Guid.NewGuid():N}.db");
        await RunOnceAsync("SQLite", DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = sqlite }.ConnectionString, Guid.CreateVersion7(), devices, options.Seconds);
        SqliteConnection.ClearAllPools();
        File.Delete(sqlite);
        if (Environment.GetEnvironmentVariable("SMEONBOARD_PG") is { Length: > 0 } server)
        {
            await using var database = await BenchDatabase.CreateAsync(server, "smeonboard_devices");
            await RunOnceAsync("PostgreSQL", DatabaseProvider.Postgres, database.ConnectionString, Guid.Parse(Flows.BenchFlows.Organisation), devices, options.Seconds, database);
        }
        return 0;
    }

    private static async Task RunOnceAsync(
        string name, DatabaseProvider provider, string connectionString, Guid orgId, int deviceCount, int seconds, BenchDatabase? postgres = null)
    {
        var port = FreePort();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Devices:MqttPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDataProtection();
        services.AddPortalData();
        services.AddAuditLog();
        services.AddWorkflows();
        services.AddWorkspace();
        services.AddDeviceServices();
        services.AddDeviceWorkers();
        await using var provided = services.BuildServiceProvider();
        if (postgres is not null)
            await postgres.MigrateWithOrganisationAsync();
        else
            await MigrateSqliteAsync(provided, orgId);
        var store = provided.GetRequiredService<DeviceStore>();
        var ids = Enumerable.Range(1, deviceCount).Select(i => $"bench-{i:D4}").ToList();
        foreach (var id in ids)
            await store.InsertAsync(new DeviceRow
            {
                Id = id,
                OrgId = orgId,
                Name = id,
                Signals = DeviceJson.Write([
                    new SignalDefinition { Name = "cycles", Type = SignalType.Counter },
                    new SignalDefinition { Name = "state", Type = SignalType.State },
                    new SignalDefinition { Name = "temperature", Type = SignalType.Measurement },
                ]),
                SecretHash = DeviceSecrets.Hash(Secret),
                CreatedAt = DateTimeOffset.UtcNow,
                SecretIssuedAt = DateTimeOffset.UtcNow,
            });
        var workflows = provided.GetRequiredService<IWorkflowStore>();
        foreach (var id in ids.Take(Watched))
        {
            await workflows.SaveDraftAsync(orgId.ToString(), Andon($"andon-{id}", DeviceTopics.Readings(orgId, id)));
            await workflows.PublishAsync(orgId.ToString(), $"andon-{id}");
        }
        var workers = new Microsoft.Extensions.Hosting.IHostedService[]
        {
            provided.GetRequiredService<DeviceSignalRouter>(), provided.GetRequiredService<DeviceKpiProjector>(), provided.GetRequiredService<ReadingWriter>(),
            provided.GetRequiredService<DeviceBroker>(),
        };
        foreach (var worker in workers)
            await worker.StartAsync(CancellationToken.None);

        var clients = new List<IMqttClient>();
        foreach (var chunk in ids.Chunk(50))
            clients.AddRange(await Task.WhenAll(chunk.Select(id => ConnectAsync(port, id))));

        var clock = Stopwatch.StartNew();
        var sent = new ConcurrentBag<long>();
        var watched = new ConcurrentBag<long>();
        var refused = 0;
        using var polling = new CancellationTokenSource();
        var stored = new List<(long At, long Messages, long Started)>();
        var poller = PollAsync(provided.GetRequiredService<IDbConnectionFactory>(), clock, stored, polling.Token);
        await Task.WhenAll(clients.Select(async (client, index) =>
        {
            var offset = TimeSpan.FromMilliseconds(1000.0 * index / clients.Count);
            await Task.Delay(offset);
            for (var second = 0; second < seconds; second++)
            {
                var at = clock.ElapsedTicks;
                var stop = index < Watched && second % 5 == 4;
                var result = await client.PublishAsync(new MqttApplicationMessageBuilder()
                    .WithTopic(DeviceTopics.Readings(orgId, ids[index]))
                    .WithPayload($$$"""{"values":{"cycles":{{{second}}},"state":"{{{(stop ? "STOPPED" : "RUNNING")}}}","temperature":{{{60 + index % 20}}}.5}}""")
                    .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                    .Build());
                if (result.ReasonCode is MqttClientPublishReasonCode.Success or MqttClientPublishReasonCode.NoMatchingSubscribers)
                {
                    sent.Add(at);
                    if (index < Watched)
                        watched.Add(at);
                }
                else
                    Interlocked.Increment(ref refused);
                var wait = offset + TimeSpan.FromSeconds(second + 1) - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait);
            }
        }));
        var (expected, expectedRuns) = (sent.Count, watched.Count);
        var deadline = clock.Elapsed + TimeSpan.FromSeconds(120);
        while ((stored.Count == 0 || stored[^1].Messages < expected || stored[^1].Started < expectedRuns) && clock.Elapsed < deadline)
            await Task.Delay(50);
        await polling.CancelAsync();
        await poller;

        var sends = sent.Order().ToList();
        var latencies = Latencies(sends, stored.Select(s => (s.At, s.Messages)).ToList());
        var started = Latencies(watched.Order().ToList(), stored.Select(s => (s.At, s.Started)).ToList());
        var elapsed = ((stored.FirstOrDefault(s => s.Messages >= sends.Count) is { At: > 0 } done ? done : stored[^1]).At - sends[0]) / (double)Stopwatch.Frequency;
        Console.WriteLine($"| {name} | {sends.Count:N0} | {sends.Count / elapsed:N0} | {Stats.Percentile(latencies, 50):N0} | {Stats.Percentile(latencies, 95):N0} | {latencies.Max():N0} | {refused} "
            + $"| {expectedRuns:N0} | {Stats.Percentile(started, 50):N0} | {Stats.Percentile(started, 95):N0} | {(started.Count == 0 ? 0 : started.Max()):N0} | {started.Count:N0} |");

        foreach (var client in clients)
        {
            await client.DisconnectAsync();
            client.Dispose();
        }
        foreach (var worker in workers.Reverse())
            await worker.StopAsync(CancellationToken.None);
    }

    /// <summary>The k-th send counts as done at the first poll that counted k (both first in, first out).</summary>
    private static List<double> Latencies(List<long> sends, List<(long At, long Count)> polls)
    {
        var latencies = new List<double>();
        var at = 0;
        for (var k = 0; k < sends.Count; k++)
        {
            while (at < polls.Count && polls[at].Count < k + 1)
                at++;
            if (at == polls.Count)
                break;
            latencies.Add(Math.Max(0, polls[at].At - sends[k]) * 1000.0 / Stopwatch.Frequency);
        }
        return latencies;
    }

    /// <summary>Starts on the device's topic when it reports STOPPED, then ends.</summary>
    private static WorkflowDefinition Andon(string definitionId, string topic) => new()
    {
        DefinitionId = definitionId,
        Name = definitionId,
        Root = new Flowchart
        {
            Activities =
            [
                new ActivityNode
                {
                    Id = "machine",
                    Type = "DeviceSignal",
                    Inputs = new Dictionary<string, ActivityInput>
                    {
                        ["topic"] = ActivityInput.Literal(topic),
                        ["condition"] = ActivityInput.Literal("signal.state == \"STOPPED\""),
                    },
                },
                new ActivityNode { Id = "end", Type = "End" },
            ],
            Connections = [new Connection { Source = new Endpoint { Activity = "machine", Port = "Done" }, Target = new Endpoint { Activity = "end" } }],
        },
    };

    private static async Task MigrateSqliteAsync(IServiceProvider services, Guid orgId)
    {
        services.GetRequiredService<DatabaseMigrator>().Migrate();
        await using var connection = await services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        await connection.ExecuteAsync("INSERT INTO organisations (id, kind, name, created_at) VALUES (@orgId, 'Firm', 'Benchmark', @now)", new { orgId, now = DateTimeOffset.UtcNow });
    }

    private static async Task PollAsync(IDbConnectionFactory db, Stopwatch clock, List<(long, long, long)> stored, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await using (var connection = await db.OpenAsync(CancellationToken.None))
            {
                var at = clock.ElapsedTicks;
                var messages = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM device_readings") / 3;
                stored.Add((at, messages, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM workflow_instances")));
            }
            try
            {
                await Task.Delay(10, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<IMqttClient> ConnectAsync(int port, string deviceId)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId(deviceId).WithCredentials(deviceId, Secret).Build());
        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
