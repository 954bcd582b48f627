using SmeOnboard.Core.Common;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Tests.Features.Workflows;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Serialization;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The designer's small rules: ids from names, problems per activity, the path of a run, the document's JSON.</summary>
public sealed class DesignerModelTests
{
    [Theory]
    [InlineData("Order check", "order-check")]
    [InlineData("  Goods In / QC  ", "goods-in-qc")]
    [InlineData("来料检验", "workflow")]
    public void A_workflow_id_is_a_readable_slug_of_its_name(string name, string expected) =>
        Assert.Equal(expected, WorkflowIds.From(name, []));

    [Fact]
    public void A_taken_id_gets_the_next_free_number() =>
        Assert.Equal("order-check-3", WorkflowIds.From("Order check", ["order-check", "order-check-2"]));

    [Fact]
    public void A_problem_names_its_activity_only_when_the_field_starts_with_an_activity_id()
    {
        var ids = new HashSet<string> { "ask" };

        Assert.Equal("ask", ProblemActivities.Of(new FieldError("ask.title", "x", "m"), ids));
        Assert.Null(ProblemActivities.Of(new FieldError("variables.answers", "x", "m"), ids));
    }

    [Fact]
    public void A_run_shows_what_ran_what_waits_and_what_failed()
    {
        var now = DateTimeOffset.UtcNow;
        var details = new InstanceDetails
        {
            Instance = new WorkflowInstance
            {
                Id = "i1", DefinitionId = "d", DefinitionVersion = 1, OrganisationId = "o", Status = WorkflowStatus.Faulted,
                CreatedAt = now, UpdatedAt = now, FaultedActivityId = "http",
                Bookmarks = [new Bookmark { Id = "b", InstanceId = "i1", OrganisationId = "o", ActivityId = "ask", Kind = BookmarkKind.HumanTask, StimulusKey = "k", StimulusHash = "h", CreatedAt = now }],
            },
            Journal =
            [
                new JournalEntry { InstanceId = "i1", Sequence = 1, At = now, Kind = JournalKind.ActivityCompleted, ActivityId = "start" },
                new JournalEntry { InstanceId = "i1", Sequence = 2, At = now, Kind = JournalKind.ActivitySuspended, ActivityId = "ask" },
            ],
        };

        var states = InstancePath.States(details);

        Assert.Equal(new Dictionary<string, string> { ["start"] = "visited", ["ask"] = "waiting", ["http"] = "faulted" }, states);
    }

    [Fact]
    public void The_edited_document_is_our_json_format_again()
    {
        var original = WorkflowJson.Read(WebFlows.Task("round-trip")).Definition!;
        var document = DesignerDocument.From(original);
        document.Name = "Renamed";

        var read = WorkflowJson.Read(document.ToJson());

        Assert.True(read.Succeeded);
        Assert.Equal(("round-trip", "Renamed"), (read.Definition!.DefinitionId, read.Definition.Name));
        Assert.Equal(original.Root.Activities.Select(a => a.Id), read.Definition.Root.Activities.Select(a => a.Id));
        Assert.Equal("answers", Assert.Single(read.Definition.Variables).Name);
    }
}
