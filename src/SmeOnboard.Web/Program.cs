using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Email;
using SmeOnboard.Web.Components;
using SmeOnboard.Web.Features.Account;
using SmeOnboard.Web.Features.Administration;
using SmeOnboard.Web.Features.Audit;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Checkout;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Features.DeviceKpis;
using SmeOnboard.Web.Features.Devices;
using SmeOnboard.Web.Features.Home;
using SmeOnboard.Web.Features.Kpis;
using SmeOnboard.Web.Features.Marketplace;
using SmeOnboard.Web.Features.Onboarding;
using SmeOnboard.Web.Features.Operations;
using SmeOnboard.Web.Features.Organisations;
using SmeOnboard.Web.Features.Preferences;
using SmeOnboard.Web.Features.Reviews;
using SmeOnboard.Web.Features.Tasks;
using SmeOnboard.Web.Features.Templates;
using SmeOnboard.Web.Features.Vendors;
using SmeOnboard.Web.Features.Vouchers;
using SmeOnboard.Web.Features.Workflows;
using SmeOnboard.Web.Features.Workspace;
using SmeOnboard.Web.Hosting;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
RepositoryRoot.AddTo(builder);
// `dotnet run` starts in Production, where package assets (MudBlazor, blazor.web.js) are otherwise only served once published.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddPortalData();
builder.Services.AddRepositoryRelativePaths();
builder.Services.AddEmail();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalLocalization();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddOperations();
builder.Services.AddApiDocs();
builder.Services.AddAccount();
builder.Services.AddHome();
builder.Services.AddOrganisations();
builder.Services.AddTemplates();
builder.Services.AddOnboarding();
builder.Services.AddAudit();
builder.Services.AddAdministration();
builder.Services.AddMarketplace();
builder.Services.AddVendors();
builder.Services.AddReviews();
builder.Services.AddDemo();
builder.Services.AddWorkflowsFeature();
builder.Services.AddDesigner();
builder.Services.AddTasks();
builder.Services.AddWorkspaceFeature();
builder.Services.AddKpis();
builder.Services.AddDevices();
builder.Services.AddDeviceKpis();
builder.Services.AddVouchers();
builder.Services.AddCheckout();

var app = builder.Build();
await app.PrepareDatabaseAsync();

app.UsePortalStatusPages();
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseCurrentPrincipal();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();
app.UseExpiredFormMessage();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapOperations();
app.MapApiDocs();
app.MapPreferences();
app.MapAccount();
app.MapOrganisations();
app.MapAudit();
app.MapWorkflows();
app.MapMarketplace();
app.MapVendors();
app.MapReviews();
app.MapKpis();
app.MapDevices();
app.MapCheckout();

app.Run();

/// <summary>Entry point; public so WebApplicationFactory can host the portal in tests.</summary>
public partial class Program;
