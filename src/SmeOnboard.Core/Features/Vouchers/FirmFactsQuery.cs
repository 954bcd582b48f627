using System.Data.Common;
using Dapper;

namespace SmeOnboard.Core.Features.Vouchers;

/// <summary>Reads what eligibility needs about firms: profile, latest self-assessment level, unexpired vouchers of a programme.</summary>
internal static class FirmFactsQuery
{
    public static async Task<FirmFacts?> FindAsync(DbConnection connection, DbTransaction? transaction, Guid firmOrgId, Guid programmeId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await connection.QuerySingleOrDefaultAsync<FirmFacts>(new CommandDefinition(
            """
            SELECT o.id AS org_id, o.name, o.region, o.industry_code, o.headcount_band, o.turnover_band,
                   (SELECT m.level FROM maturity_assessments m WHERE m.org_id = o.id ORDER BY m.taken_at DESC LIMIT 1) AS maturity_level,
                   EXISTS (SELECT 1 FROM vouchers v WHERE v.firm_org_id = o.id AND v.programme_id = @programmeId AND v.expires_at > @now) AS has_active_voucher
            FROM organisations o WHERE o.id = @firmOrgId AND o.kind = 'Firm'
            """, new { firmOrgId, programmeId, now }, transaction, cancellationToken: cancellationToken));
    }
}
