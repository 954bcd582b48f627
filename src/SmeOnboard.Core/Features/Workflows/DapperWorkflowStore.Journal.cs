using System.Data.Common;
using System.Globalization;
using Dapper;
using SmeOnboard.Workflows.Runtime;

namespace SmeOnboard.Core.Features.Workflows;

public sealed partial class DapperWorkflowStore
{
    // Well under PostgreSQL's 65,535 and SQLite's 32,766 parameters per statement at nine parameters a row.
    private const int JournalRowsPerStatement = 500;

    /// <summary>
    /// Writes a burst's journal in as few statements as it takes, many rows each. A burst writes a journal entry per
    /// activity, and a statement per entry made the round trips to the server, not the work, the cost of a commit.
    /// </summary>
    private async Task InsertJournalAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<JournalEntry> journal, Guid orgId, CancellationToken cancellationToken)
    {
        for (var first = 0; first < journal.Count; first += JournalRowsPerStatement)
        {
            var rows = journal.Skip(first).Take(JournalRowsPerStatement).ToList();
            var parameters = new DynamicParameters();
            var values = new List<string>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var entry = rows[i];
                var n = i.ToString(CultureInfo.InvariantCulture);
                values.Add($"(@instanceId{n}, @sequence{n}, @orgId, @occurredAt{n}, @kind{n}, @activityId{n}, @activityType{n}, @message{n}, {Dialect.Json("outcomes" + n)})");
                parameters.Add("instanceId" + n, entry.InstanceId);
                parameters.Add("sequence" + n, entry.Sequence);
                parameters.Add("occurredAt" + n, entry.At);
                parameters.Add("kind" + n, entry.Kind.ToString());
                parameters.Add("activityId" + n, entry.ActivityId);
                parameters.Add("activityType" + n, entry.ActivityType);
                parameters.Add("message" + n, entry.Message);
                parameters.Add("outcomes" + n, WorkflowRowJson.Write(entry.Outcomes));
            }
            parameters.Add("orgId", orgId);
            await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO workflow_journal (instance_id, sequence, org_id, occurred_at, kind, activity_id, activity_type, message, outcomes)
                VALUES {string.Join(", ", values)}
                """,
                parameters, transaction, cancellationToken: cancellationToken));
        }
    }
}
