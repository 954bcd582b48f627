using System.Data.Common;

namespace SmeOnboard.Core.Data;

/// <summary>Opens connections to the configured database; every store goes through it.</summary>
public interface IDbConnectionFactory
{
    SqlDialect Dialect { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
