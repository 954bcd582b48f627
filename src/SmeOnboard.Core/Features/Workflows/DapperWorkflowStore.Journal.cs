using Dapper;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The journal is kept as one row per burst (workflow_journal_bursts): the burst's entries as a JSON array in sequence
/// order, with the sequence range they cover. A burst writes an entry per activity, and a row per entry made those
/// rows, not the work, the cost of a commit (docs/decisions/journal-one-row-per-burst.md).
/// </summary>
public sealed partial class DapperWorkflowStore
{
    private const string JournalColumns = "instance_id, first_sequence, last_sequence, org_id, entries";

    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(string organisationId, string instanceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var bursts = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT entries FROM workflow_journal_bursts WHERE org_id = @orgId AND instance_id = @instanceId ORDER BY first_sequence",
            new { orgId = OrganisationKey.Parse(organisationId), instanceId }, cancellationToken: cancellationToken));
        return bursts
            .SelectMany(WorkflowRowJson.Read<List<JournalBurstEntry>>)
            .Select(entry => entry.ToEntry(instanceId))
            .ToList();
    }

    /// <summary>The parameters of a burst's journal row: @instanceId, @orgId, @firstSequence, @lastSequence, @entries.</summary>
    private static object JournalParameters(string instanceId, Guid orgId, IReadOnlyList<JournalEntry> journal) => new
    {
        instanceId,
        orgId,
        firstSequence = journal[0].Sequence,
        lastSequence = journal[^1].Sequence,
        entries = WorkflowRowJson.Write(journal.Select(JournalBurstEntry.From).ToList()),
    };

    private static string InsertJournalSql =>
        $"INSERT INTO workflow_journal_bursts ({JournalColumns}) VALUES (@instanceId, @firstSequence, @lastSequence, @orgId, @entries)";
}
