using Bunit;
using SmeOnboard.Core.Common;
using SmeOnboard.Web.Features.Designer;
using SmeOnboard.Web.Features.Designer.Components;
using SmeOnboard.Web.Tests.Infrastructure;
using SmeOnboard.Workflows.Model;

namespace SmeOnboard.Web.Tests.Features.Designer;

/// <summary>The test-run input starts from the workflow's variables and shows the server's reasons for refusing it.</summary>
public sealed class TestRunInputPanelTests : PortalComponentContext
{
    private static readonly IReadOnlyList<VariableRow> Variables =
    [
        new() { Name = "amount", Type = VariableType.Number, DefaultText = "5" },
        new() { Name = "customer", Type = VariableType.String },
    ];

    [Fact]
    public void The_input_is_prefilled_with_each_variable_and_its_default()
    {
        var panel = Render<TestRunInputPanel>(p => p.Add(x => x.Variables, Variables));

        var text = panel.Find("textarea[data-testid='test-run-input']").GetAttribute("value") ?? "";
        Assert.Contains("\"amount\": 5", text);
        Assert.Contains("\"customer\": \"\"", text);
    }

    [Fact]
    public void Start_hands_over_the_input_as_typed()
    {
        string? started = null;
        var panel = Render<TestRunInputPanel>(p => p.Add(x => x.Variables, Variables).Add(x => x.Start, (string? json) => started = json));

        panel.Find("textarea[data-testid='test-run-input']").Input("{\"amount\": 7}");
        panel.Find("[data-testid='test-run-start']").Click();

        Assert.Equal("{\"amount\": 7}", started);
    }

    [Fact]
    public void Each_problem_the_server_found_is_listed_in_plain_words()
    {
        var panel = Render<TestRunInputPanel>(p => p
            .Add(x => x.Variables, Variables)
            .Add(x => x.Errors, [new FieldError("input.amount", "Workflows.InvalidInput", "'amount' must be a number.")]));

        Assert.Contains("'amount' must be a number.", panel.Find("[data-testid='test-run-input-errors']").TextContent);
    }
}
