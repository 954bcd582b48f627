using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Demo;
using SmeOnboard.Web.Features.Workspace;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workspace;

/// <summary>A file attached to a workspace form downloads for members of its firm only; to another firm it does not exist.</summary>
public sealed class FormFileDownloadTests(PortalFactory portal)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = "%PDF-1.7\n%report\n"u8.ToArray();

    private static readonly TemplateForm Form = new()
    {
        Id = "report",
        Fields = [new FormField { Name = "report", Type = "file", Label = new LocalizedText { En = "Report", ZhCn = "报告" } }],
    };

    private Task<string> StoreAsLiandaAsync() => portal.ActAsAsync(DemoAccounts.FirmMemberEmail, async services =>
    {
        var entered = new JsonObject { ["report"] = new JsonObject { ["name"] = "report.pdf", ["content"] = Convert.ToBase64String(Pdf) } };
        var values = await services.GetRequiredService<FormFileStore>().StoreAsync("report", Form, FormValues.Check(Form, entered).Value, Ct);
        return values["report"]!["fileId"]!.GetValue<string>();
    });

    [Fact]
    public async Task A_member_of_the_firm_downloads_the_file_with_the_type_read_from_its_bytes()
    {
        var fileId = await StoreAsLiandaAsync();
        var client = await portal.SharedSignInAsync(DemoAccounts.FirmAdminEmail);

        var response = await client.GetAsync(WorkspaceModule.FormFileUrl(fileId), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Another_firm_asking_for_the_file_gets_not_found()
    {
        var fileId = await StoreAsLiandaAsync();
        var other = await portal.RegisterFirmAsync("Other");
        var client = await portal.SignInAsync(other.AdminEmail, other.Password);

        var response = await client.GetAsync(WorkspaceModule.FormFileUrl(fileId), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
