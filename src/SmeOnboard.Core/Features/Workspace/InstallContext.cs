using System.Data.Common;
using SmeOnboard.Core.Data;

namespace SmeOnboard.Core.Features.Workspace;

/// <summary>What the steps of one install or upgrade share: its transaction and the installation's names.</summary>
internal sealed record InstallContext(
    DbConnection Connection, DbTransaction Transaction, SqlDialect Dialect, Guid OrgId, Guid InstallationId, string Prefix, int CopyNumber, DateTimeOffset Now);
