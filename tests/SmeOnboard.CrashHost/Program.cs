using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Audit;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.CrashHost;

// A portal node reduced to its workflow work: the timer worker, the outbox dispatcher and a starter that starts the
// instances the crash test asks for. Everything comes from configuration (environment variables such as
// Database__ConnectionString, Workflows__Lease, CrashHost__Instances), so the test can kill and restart it at will.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddPortalData();
builder.Services.AddEmail();
builder.Services.AddAuditLog();
builder.Services.AddWorkflows();
builder.Services.AddWorkflowWorkers();
builder.Services.AddOptions<CrashHostOptions>().BindConfiguration(CrashHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddHostedService<InstanceStarter>();
await builder.Build().RunAsync();
