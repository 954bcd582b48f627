using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Locking;
using SmeOnboard.Workflows.Persistence;

namespace SmeOnboard.Core.Features.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// The workflow store on the portal's database and the instance lock that suits it: advisory locks on PostgreSQL,
    /// where several nodes may run workflows, and an in-process lock on SQLite, where one process does.
    /// </summary>
    public static IServiceCollection AddWorkflowStore(this IServiceCollection services)
    {
        services.AddSingleton<IWorkflowStore, DapperWorkflowStore>();
        services.AddSingleton<IInstanceLock>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new PostgresInstanceLock(provider.GetRequiredService<IOptions<DatabaseOptions>>())
                : new InProcessInstanceLock());
        return services;
    }
}
