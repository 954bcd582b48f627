using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SmeOnboard.Core.Data;
using SmeOnboard.Workflows.Activities;
using SmeOnboard.Workflows.Expressions;
using SmeOnboard.Workflows.Locking;
using SmeOnboard.Workflows.Persistence;
using SmeOnboard.Workflows.Runtime;
using SmeOnboard.Workflows.Validation;

namespace SmeOnboard.Core.Features.Workflows;

public static class WorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// The workflow store on the portal's database and the instance lock that suits it: advisory locks on PostgreSQL,
    /// where several nodes may run workflows, and an in-process lock on SQLite, where one process does.
    /// </summary>
    public static IServiceCollection AddWorkflowStore(this IServiceCollection services)
    {
        services.AddSingleton<DapperWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<DapperWorkflowStore>());
        services.AddSingleton<IInstanceLock>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new PostgresInstanceLock(provider.GetRequiredService<IOptions<DatabaseOptions>>())
                : new InProcessInstanceLock());
        return services;
    }

    /// <summary>
    /// Everything that runs workflows for the portal: the engine, the store, the executor, the organisation-scoped
    /// services pages and endpoints use, the outbox effects, and the options from the "Workflows" section. The
    /// background workers are added separately (<see cref="AddWorkflowWorkers"/>), so tools can run without them.
    /// App action calls are signed with vendors' secrets, kept with Data Protection: the host provides it.
    /// </summary>
    public static IServiceCollection AddWorkflows(this IServiceCollection services)
    {
        services.AddOptions<WorkflowOptions>().BindConfiguration(WorkflowOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkflowStore();
        // App actions are checked against the firm's installs and grants when they run.
        services.AddSingleton<Marketplace.AppActionGate>();
        services.AddSingleton(provider => ActivityRegistry.CreateDefault(provider.GetRequiredService<Marketplace.AppActionGate>()));
        // Action calls go where the installed version says, signed with the vendor's webhook secret.
        services.AddOptions<Marketplace.Webhooks.VendorWebhookOptions>();
        services.TryAddSingleton<Marketplace.Webhooks.WebhookSecrets>();
        services.AddSingleton<Marketplace.AppActionDirectory>();
        services.AddSingleton(_ => new JavaScriptEvaluator());
        services.AddSingleton(provider => new WorkflowRunner(
            provider.GetRequiredService<ActivityRegistry>(), provider.GetRequiredService<JavaScriptEvaluator>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new WorkflowValidator(provider.GetRequiredService<ActivityRegistry>()));
        services.AddSingleton<WorkflowCatalog>();
        services.AddSingleton<WorkflowTaskStore>();
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<WorkflowExecutor>();
        services.AddSingleton<WorkflowInstanceChanges>();
        services.AddSingleton<DefinitionHistory>();
        services.AddSingleton<WorkflowTestRunStore>();
        services.AddScoped<WorkflowVersions>();
        services.AddScoped<WorkflowTestRuns>();
        services.AddSingleton<WorkflowTriggerStarter>();
        services.AddSingleton<WorkflowWebhookTrigger>();
        services.AddSingleton<AppCallbackReceiver>();
        services.AddSingleton<OutboxFailures>();
        services.AddScoped<WorkflowDefinitions>();
        services.AddScoped<ManualStarts>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<IOpenTaskCounter>(provider => provider.GetRequiredService<WorkflowRuntime>());
        services.AddScoped<WorkflowWebhookSecrets>();

        // Redirects are not followed: a workflow's request goes where its author said, not where a server sends it.
        services.AddHttpClient(HttpRequestEffect.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<IOutboxEffect, HttpRequestEffect>();
        services.AddSingleton<IOutboxEffect, AppActionEffect>();
        services.AddSingleton<IOutboxEffect, NotificationEffect>();
        return services;
    }

    /// <summary>The timer, schedule and outbox workers as hosted services; each idles when Workflows:RunWorkers is off.</summary>
    public static IServiceCollection AddWorkflowWorkers(this IServiceCollection services)
    {
        services.AddSingleton<TimerWorker>();
        services.AddSingleton<ScheduleWorker>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<TimerWorker>());
        services.AddHostedService(provider => provider.GetRequiredService<ScheduleWorker>());
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        return services;
    }
}
