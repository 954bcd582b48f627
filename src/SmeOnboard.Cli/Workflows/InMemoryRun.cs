using System.Text.Json.Nodes;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Model;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Cli.Workflows;

/// <summary>
/// Runs one instance in memory, burst by burst, until it finishes or waits for something other than a timer. Timers
/// due within the allowed wait fire at once on a manual clock; later ones are left waiting.
/// </summary>
public sealed class InMemoryRun(ActivityRegistry registry, DateTimeOffset start, TimeSpan maxWait, TextWriter lines, TextWriter diagnostics)
{
    /// <summary>Stops a definition whose timers fire back to back for ever (a zero delay in a loop).</summary>
    public const int MaxBursts = 10_000;

    // Stores key everything by organisation, and the database ones want a Guid; a run from a file has none of its own.
    private static readonly string Organisation = Guid.Empty.ToString();

    public async Task<WorkflowStatus> RunAsync(WorkflowDefinition definition, JsonNode? input)
    {
        var clock = new ManualClock(start);
        var deadline = start + maxWait;
        var store = new InMemoryWorkflowStore();
        var runner = new WorkflowRunner(registry, new JavaScriptEvaluator(), clock);

        // The store numbers versions itself; the instance is pinned to the version it hands back.
        await store.SaveDraftAsync(Organisation, definition);
        var published = await store.PublishAsync(Organisation, definition.DefinitionId) ?? definition;
        var instance = await SaveAsync(store, runner.Start(published, new StartRequest { OrganisationId = Organisation, Input = input }));

        for (var bursts = 1; instance.Status is WorkflowStatus.Suspended or WorkflowStatus.Faulted; bursts++)
        {
            // A claim that never lapses: a timer whose burst did not clear it must not be fired again.
            var claim = (await store.ClaimDueTimersAsync(deadline, 1, DateTimeOffset.MaxValue)).FirstOrDefault();
            if (claim is null)
                break;
            var due = claim.Bookmark;
            if (bursts >= MaxBursts)
            {
                diagnostics.WriteLine($"Stopped after {MaxBursts} bursts: timers keep falling due without the workflow finishing.");
                break;
            }
            clock.MoveTo(due.DueAt!.Value);
            diagnostics.WriteLine($"fired: {due.Kind} at activity '{due.ActivityId}', due at +{(due.DueAt.Value - start).TotalSeconds:0.###} s");
            instance = await SaveAsync(store, runner.Resume(published, instance, due.Id));
        }

        foreach (var incident in instance.Incidents)
            diagnostics.WriteLine($"incident: {incident}");
        if (instance.Status == WorkflowStatus.Suspended)
            foreach (var bookmark in instance.Bookmarks)
                diagnostics.WriteLine($"waiting: {bookmark.Kind} at activity '{bookmark.ActivityId}'" + (bookmark.DueAt is { } at ? $", due at +{(at - start).TotalSeconds:0.###} s" : ""));
        return instance.Status;
    }

    private async Task<WorkflowInstance> SaveAsync(InMemoryWorkflowStore store, BurstResult burst)
    {
        if (burst.Changed && await store.SaveBurstAsync(burst) == BurstSaveResult.Conflict)
            throw new InvalidOperationException($"The in-memory store refused a burst of instance '{burst.Instance.Id}'.");
        foreach (var line in burst.Lines)
            lines.WriteLine(line);
        return burst.Instance;
    }
}
