using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Devices;

/// <summary>
/// Hands each stored message to its firm's workflows, the same way <see cref="WorkflowRuntime.SignalAsync"/> does for
/// the signal API: waiting DeviceSignal activities resume, then DeviceSignal triggers start new instances. Each
/// message is heard on two kinds of topic: the device's topic with every value by name
/// (<c>signal.state == "STOPPED"</c>), and one topic per signal with its value (<c>signal.value &gt; 80</c>).
/// </summary>
public sealed partial class DeviceSignalRouter(
    WorkflowExecutor executor, WorkflowTriggerStarter triggers, DeviceTopicListeners listeners, IServiceScopeFactory scopes, ILogger<DeviceSignalRouter> logger)
    : BackgroundService
{
    private readonly Channel<DeviceMessage> _channel = Channel.CreateBounded<DeviceMessage>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(DeviceMessage message, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(message, cancellationToken);

    /// <summary>The stimuli a message makes: its own topic with all values, then one per signal.</summary>
    public static IEnumerable<Stimulus> StimuliOf(DeviceMessage message)
    {
        var timestamp = message.RecordedAt.ToString("O");
        var all = new JsonObject { ["deviceId"] = message.DeviceId, ["timestamp"] = timestamp };
        foreach (var value in message.Values)
            all[value.Signal] = Value(value);
        yield return new Stimulus(BookmarkKind.DeviceSignal, message.Topic, all);
        foreach (var value in message.Values)
        {
            yield return new Stimulus(BookmarkKind.DeviceSignal, DeviceTopics.Signal(message.OrgId, message.DeviceId, value.Signal),
                new JsonObject { ["deviceId"] = message.DeviceId, ["timestamp"] = timestamp, ["signal"] = value.Signal, ["value"] = Value(value) });
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in _channel.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await RouteAsync(message, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogRouteFailed(logger, e, message.DeviceId, message.OrgId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: messages still queued are stored; only their workflow signals are lost.
        }
    }

    private async Task RouteAsync(DeviceMessage message, CancellationToken cancellationToken)
    {
        var organisation = message.OrgId.ToString("D");
        var stimuli = StimuliOf(message).ToList();
        // One query says which topics anything listens on; most messages then cost nothing more.
        var listened = await listeners.ListenedAsync(message.OrgId, stimuli, cancellationToken);
        foreach (var stimulus in stimuli.Where(s => listened.Contains(s.Key)))
        {
            await executor.ResumeAsync(organisation, stimulus, cancellationToken: cancellationToken);
            var started = await triggers.StartAsync(organisation, stimulus, cancellationToken);
            if (started.Count == 0)
                continue;
            await using var scope = scopes.CreateAsyncScope();
            var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
            foreach (var instance in started)
                await audit.RecordAsync(new AuditRecord("workflow.started", "WorkflowInstance", instance.Id,
                    $"Instance of '{instance.DefinitionId}' v{instance.DefinitionVersion} started by device '{message.DeviceId}' on '{stimulus.Key}'", message.OrgId), cancellationToken);
        }
    }

    private static JsonNode? Value(SignalValue value) => value.Text is { } text ? JsonValue.Create(text) : JsonValue.Create(value.Number);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflows could not hear device {DeviceId} of organisation {OrgId}")]
    private static partial void LogRouteFailed(ILogger logger, Exception exception, string deviceId, Guid orgId);
}
