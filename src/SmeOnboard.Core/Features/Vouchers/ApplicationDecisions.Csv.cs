using CsvHelper;
using SmeOnboard.Core.Common;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Vouchers;

public sealed partial class ApplicationDecisions
{
    public const int MaxCsvRows = 2000;

    /// <summary>
    /// Issues a voucher to each firm listed in a CSV (a <c>firm_id</c> column, or the first column), each in its own
    /// transaction, and reports every line: issued with its code, or why not (unknown firm, ineligible with the reasons,
    /// already holding a voucher, a repeated line, budget spent). A failed line issues nothing.
    /// </summary>
    public async Task<Result<IReadOnlyList<BulkIssueRow>>> IssueFromCsvAsync(Guid programmeId, TextReader csv, CancellationToken cancellationToken = default)
    {
        var orgId = RequireOfficer();
        var owned = await db.QuerySingleOrDefaultAsync<int>(
            "SELECT 1 FROM voucher_programmes WHERE id = @programmeId AND org_id = @orgId", new { programmeId, orgId }, cancellationToken);
        if (owned == 0)
        {
            return ProgrammeStore.NotFound;
        }
        var lines = ReadFirmIds(csv);
        if (lines.Count == 0)
        {
            return new FieldError("Csv", "Errors.Vouchers.CsvEmpty", "The file lists no firm ids: put one per line under a firm_id header.");
        }
        if (lines.Count > MaxCsvRows)
        {
            return new FieldError("Csv", "Errors.Vouchers.CsvTooLong", $"Send at most {MaxCsvRows} firms per file.");
        }
        var report = new List<BulkIssueRow>();
        var seen = new HashSet<Guid>();
        foreach (var (line, text) in lines)
        {
            if (!Guid.TryParse(text, out var firmId))
            {
                report.Add(new BulkIssueRow(line, text, null, IssueRefusal.UnknownFirm, false, null, "Not a firm id."));
                continue;
            }
            if (!seen.Add(firmId))
            {
                report.Add(new BulkIssueRow(line, text, null, IssueRefusal.None, true, null, "The same firm is listed on an earlier line."));
                continue;
            }
            report.Add(await IssueOneAsync(orgId, programmeId, line, text, firmId, cancellationToken));
        }
        return report;
    }

    private async Task<BulkIssueRow> IssueOneAsync(Guid orgId, Guid programmeId, int line, string text, Guid firmId, CancellationToken cancellationToken)
    {
        IssueOutcome outcome;
        string nameEn, nameZh;
        await using (var connection = await db.OpenAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            outcome = await issuer.IssueAsync(connection, transaction, programmeId, orgId, firmId, null, actor.UserId, cancellationToken);
            if (!outcome.Issued)
            {
                return new BulkIssueRow(line, text, outcome.FirmName, outcome.Refusal, false, null, Describe(outcome).Message);
            }
            (nameEn, nameZh) = await Dapper.SqlMapper.QuerySingleAsync<(string, string)>(connection,
                "SELECT name_en, name_zh FROM voucher_programme_revisions WHERE programme_id = @programmeId AND revision = @revision",
                new { programmeId, revision = outcome.Voucher!.Revision }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
        await NotifyAsync(firmId, new VoucherNotice(VoucherNoticeKind.Issued, nameEn, nameZh, outcome.Voucher, null), cancellationToken);
        return new BulkIssueRow(line, text, outcome.FirmName, IssueRefusal.None, false, outcome.Voucher.Code, null);
    }

    /// <summary>The non-empty firm ids with their line numbers; a header row naming firm_id picks that column.</summary>
    private static List<(int Line, string Text)> ReadFirmIds(TextReader csv)
    {
        var options = new CsvReaderOptions { HasHeader = false, Separator = ',', TrimWhitespace = true, TrackLineNumbers = true };
        using var reader = CsvReader.Create(csv, options, leaveOpen: true);
        var column = 0;
        var rows = new List<(int, string)>();
        var first = true;
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i).Trim()).ToList();
            if (first)
            {
                first = false;
                var header = fields.FindIndex(f => f.Equals("firm_id", StringComparison.OrdinalIgnoreCase));
                if (header >= 0)
                {
                    column = header;
                    continue;
                }
            }
            var value = column < fields.Count ? fields[column] : "";
            if (value.Length > 0)
            {
                rows.Add(((int)reader.LineNumber, value));
            }
        }
        return rows;
    }
}
