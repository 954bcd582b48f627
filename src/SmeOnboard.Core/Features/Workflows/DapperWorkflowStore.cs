using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

/// <summary>
/// The workflow store on the portal's database (SQLite or PostgreSQL). Every statement names the organisation, except
/// the claims of due timers and outbox messages, which serve all organisations and return each row's organisation.
/// </summary>
/// <remarks>Split by concern: definitions, bursts, instance reads, timers and the outbox each keep their SQL in their own file.</remarks>
public sealed partial class DapperWorkflowStore(IDbConnectionFactory db, TimeProvider clock) : IWorkflowStore
{
    private SqlDialect Dialect => db.Dialect;
}
