using System.Text.Json.Nodes;
using SmeOnboard.Core.Data;
using SmeOnboard.Core.Features.Templates;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Core.Identity;
using SmeOnboard.Core.Tests.Features.Workflows;
using SmeOnboard.Core.Tests.Infrastructure;

namespace SmeOnboard.Core.Tests.Features.Workspace;

[Collection(WorkflowClaimsCollection.Name)]
public sealed class FormFileStoreTests(TestDatabases databases)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TemplateForm Form = new()
    {
        Id = "inspection",
        Fields =
        [
            new FormField { Name = "photo", Type = "photo", Label = new LocalizedText { En = "Photo", ZhCn = "照片" } },
            new FormField { Name = "signature", Type = "signature", Label = new LocalizedText { En = "Signature", ZhCn = "签名" } },
        ],
    };

    private static async Task<JsonObject> StoreAsync(WorkspaceHarness ws)
    {
        var entered = new JsonObject
        {
            ["photo"] = new JsonObject { ["name"] = "first-part.jpg", ["content"] = Convert.ToBase64String(SampleFiles.Jpeg) },
            ["signature"] = SampleFiles.SignatureDataUrl,
        };
        return await ws.As<FormFileStore>(ws.Member(Roles.FirmMember)).StoreAsync("inspection", Form, FormValues.Check(Form, entered).Value, Ct);
    }

    [Theory, BothDatabases]
    public async Task A_stored_file_is_referenced_in_the_values_and_read_back_by_its_firm(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);

        var values = await StoreAsync(ws);

        var photo = values["photo"]!.AsObject();
        Assert.Equal(["fileId", "name", "contentType", "size"], photo.Select(p => p.Key));
        var file = await ws.As<FormFileStore>(ws.Member(Roles.FirmAdmin)).FindAsync(Guid.Parse(photo["fileId"]!.GetValue<string>()), Ct);
        Assert.Equal(("first-part.jpg", "image/jpeg", "inspection", "photo", Convert.ToBase64String(SampleFiles.Jpeg)), (file!.FileName, file.ContentType, file.FormKey, file.Field, Convert.ToBase64String(file.Content)));
    }

    [Theory, BothDatabases]
    public async Task A_signature_is_stored_as_a_png_file(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);

        var values = await StoreAsync(ws);

        var file = await ws.As<FormFileStore>(ws.Member(Roles.FirmMember)).FindAsync(Guid.Parse(values["signature"]!["fileId"]!.GetValue<string>()), Ct);
        Assert.Equal(("image/png", Convert.ToBase64String(SampleFiles.Png)), (file!.ContentType, Convert.ToBase64String(file.Content)));
    }

    [Theory, BothDatabases]
    public async Task Another_firm_cannot_read_a_stored_file(DatabaseProvider provider)
    {
        await using var ws = await WorkspaceHarness.StartAsync(databases, provider);
        var values = await StoreAsync(ws);

        var file = await ws.As<FormFileStore>(ws.Member(Roles.FirmAdmin, ws.Other)).FindAsync(Guid.Parse(values["photo"]!["fileId"]!.GetValue<string>()), Ct);

        Assert.Null(file);
    }
}
