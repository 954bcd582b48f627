using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Web.Tests.Features.Designer;

public sealed class InstancePathTests
{
    [Fact]
    public void A_run_stopped_by_a_fault_activity_marks_that_activity_from_its_incident()
    {
        var now = DateTimeOffset.UtcNow;
        var details = new InstanceDetails
        {
            Instance = new WorkflowInstance
            {
                Id = "i1", DefinitionId = "d", DefinitionVersion = 1, OrganisationId = "o", Status = WorkflowStatus.Faulted,
                CreatedAt = now, UpdatedAt = now,
                Incidents = [new Incident { Id = "x", Kind = IncidentKind.FaultActivity, ActivityId = "stop", Message = "Scrap rate above limit", OccurredAt = now }],
            },
            Journal = [new JournalEntry { InstanceId = "i1", Sequence = 1, At = now, Kind = JournalKind.ActivityCompleted, ActivityId = "log" }],
        };

        var states = InstancePath.States(details);

        Assert.Equal(new Dictionary<string, string> { ["log"] = "visited", ["stop"] = "faulted" }, states);
    }
}
