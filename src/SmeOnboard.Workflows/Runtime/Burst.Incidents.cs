namespace SmeOnboard.Workflows.Runtime;

// This part of the burst: incidents and the retry bookmarks of failures that retry automatically.
internal sealed partial class Burst
{
    private void RaiseIncident(IncidentKind kind, string? activityId, string? field, string message, int? line, bool autoRetry)
    {
        var attempt = kind == IncidentKind.ActivityFailed ? Math.Max(_failedAttempts, 1) : 1;
        var backoff = autoRetry ? _options.RetryPolicy.BackoffAfter(attempt) : null;
        var incident = new Incident
        {
            Id = $"{_original.Id}:incident:{_incidents.Count + 1}",
            Kind = kind,
            ActivityId = activityId,
            ActivityType = activityId is null ? null : _graph.Node(activityId)?.Type,
            Field = field,
            Message = message,
            Line = line,
            Attempt = attempt,
            RetryAt = _now + backoff,
            OccurredAt = _now,
        };
        _incidents.Add(incident);
        _newIncidents.Add(incident);
        _status = WorkflowStatus.Faulted;
        Journal(JournalKind.Incident, activityId, incident.ToString());
        if (incident.RetryAt is { } due)
            AddBookmark(new Bookmark
            {
                Id = incident.Id,
                InstanceId = _original.Id,
                OrganisationId = _original.OrganisationId,
                ActivityId = activityId ?? "",
                Kind = BookmarkKind.Retry,
                StimulusKey = incident.Id,
                StimulusHash = Stimulus.HashOf(BookmarkKind.Retry, incident.Id),
                DueAt = due,
                CreatedAt = _now,
            });
    }
}
