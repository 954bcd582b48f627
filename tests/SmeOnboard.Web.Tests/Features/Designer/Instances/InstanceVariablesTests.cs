using System.Text.Json.Nodes;
using Bunit;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Designer.Instances;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Designer.Instances;

/// <summary>An instance's variables on its page, with a form's stored files and signatures readable.</summary>
public sealed class InstanceVariablesTests : PortalComponentContext
{
    [Fact]
    public void A_form_variable_shows_its_signature_as_an_image_and_its_text_as_text()
    {
        var fileId = Guid.NewGuid();
        var variables = new Dictionary<string, JsonNode?>
        {
            ["completion"] = new JsonObject
            {
                ["note"] = "Done",
                ["signature"] = FormFileStore.Reference(fileId, "signature.png", "image/png", 300),
            },
        };

        var view = Render<InstanceVariables>(p => p.Add(v => v.Variables, variables));

        Assert.Equal($"/workspace/form-files/{fileId}", view.Find("[data-variable='completion'] [data-testid='submitted-image']").GetAttribute("src"));
        Assert.Contains("note: Done", view.Find("[data-variable='completion']").TextContent);
    }
}
