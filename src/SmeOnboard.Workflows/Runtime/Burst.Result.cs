namespace SmeOnboard.Workflows.Runtime;

// This part of the burst: packing what it changed into a BurstResult for one commit.
internal sealed partial class Burst
{
    public BurstResult Result(bool changed = true) => new()
    {
        Instance = new WorkflowInstance
        {
            Id = _original.Id,
            DefinitionId = _original.DefinitionId,
            DefinitionVersion = _original.DefinitionVersion,
            OrganisationId = _original.OrganisationId,
            Status = _status,
            Input = _original.Input?.DeepClone(),
            StartedBy = _original.StartedBy,
            Variables = _variables.Snapshot(),
            Queue = [.. _queue],
            Tokens = [.. _tokens],
            Bookmarks = [.. _bookmarks],
            JoinGuards = _guards.Select(g => new JoinGuard(g.Key, [.. g.Value])).ToList(),
            Incidents = [.. _incidents],
            FaultedActivityId = _faultedActivityId,
            FailedAttempts = _failedAttempts,
            ExecutionCount = _executionCount,
            JournalCount = _journalCount,
            Revision = _previousRevision + 1,
            CreatedAt = _original.CreatedAt,
            UpdatedAt = _now,
            FinishedAt = _status is WorkflowStatus.Finished or WorkflowStatus.Cancelled ? _now : null,
        },
        PreviousRevision = _previousRevision,
        Journal = _journal,
        BookmarksCreated = _created.Where(b => !_removed.Contains(b.Id)).ToList(),
        BookmarksRemoved = _removed.Where(id => _original.Bookmarks.Any(b => b.Id == id)).ToList(),
        Outbox = _outbox,
        Incidents = _newIncidents,
        Changed = changed,
    };
}
