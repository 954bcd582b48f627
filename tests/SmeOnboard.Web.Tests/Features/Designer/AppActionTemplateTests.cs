using System.Text.Json.Nodes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmeOnboard.Core.Features.Marketplace.Manifests;
using SmeOnboard.Core.Features.Workspace;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Web.Tests.Infrastructure;
using SmeOnboard.Workflows.Activities;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>An app action dragged from the palette is a CallAppAction preset to its app, action and declared inputs.</summary>
public sealed class AppActionTemplateTests : PortalComponentContext
{
    private static readonly AppAction RaiseCall = new()
    {
        Name = "raiseCall",
        DisplayName = new LocalizedText { En = "Raise andon call", ZhCn = "发起安灯呼叫" },
        Inputs = [new ActionInput { Name = "station", Type = "string", Required = true }, new ActionInput { Name = "minutes", Type = "number" }],
        RequiredScopes = ["people.read"],
    };

    public AppActionTemplateTests()
    {
        Services.AddSingleton(ActivityRegistry.CreateDefault());
        Services.AddSingleton<ActivityCatalogue>();
        Services.AddSingleton<IWorkspaceForms>(new StubWorkspaceForms());
    }

    [Fact]
    public void The_template_presets_the_app_the_action_and_a_payload_with_each_input()
    {
        var template = ActivityCatalogue.AppActionTemplate("shopfloor-andon", RaiseCall, "en");

        Assert.Equal(("CallAppAction", "Raise andon call"), (template["type"]!.GetValue<string>(), template["name"]!.GetValue<string>()));
        Assert.Equal("shopfloor-andon", template["inputs"]!["app"]!["expression"]!["value"]!.GetValue<string>());
        Assert.Equal("raiseCall", template["inputs"]!["action"]!["expression"]!["value"]!.GetValue<string>());
        var payload = template["inputs"]!["payload"]!["expression"]!["value"]!.AsObject();
        Assert.Equal(["station", "minutes"], payload.Select(p => p.Key));
        Assert.Equal("发起安灯呼叫", ActivityCatalogue.AppActionTemplate("shopfloor-andon", RaiseCall, "zh-CN")["name"]!.GetValue<string>());
    }

    [Fact]
    public void The_property_panel_shows_the_preset_app_action_and_inputs()
    {
        var activity = ActivityCatalogue.AppActionTemplate("shopfloor-andon", RaiseCall, "en");
        activity["id"] = "callAppAction1";

        var panel = Render<PropertyPanel>(p => p.Add(x => x.Activity, activity));

        Assert.Contains("shopfloor-andon", panel.Find("[data-testid='input-app'] input").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("raiseCall", panel.Find("[data-testid='input-action'] input").GetAttribute("value"), StringComparison.Ordinal);
        Assert.Contains("station", panel.Find("[data-testid='input-payload']").InnerHtml, StringComparison.Ordinal);
    }
}
