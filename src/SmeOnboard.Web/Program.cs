using SmeOnboard.Core.Data;
using SmeOnboard.Web.Components;
using SmeOnboard.Web.Features.Authorization;
using SmeOnboard.Web.Features.Home;
using SmeOnboard.Web.Features.Preferences;
using SmeOnboard.Web.Hosting;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);
var repositoryRoot = RepositoryRoot.AddTo(builder);

builder.Services.AddPortalData();
builder.Services.AddPortalAuthorization();
builder.Services.AddPortalLocalization();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddHome();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapPreferences();

app.Run();

/// <summary>Entry point; public so WebApplicationFactory can host the portal in tests.</summary>
public partial class Program;
