using Bunit;
using SmeOnboard.Core.Features.Workflows;
using SmeOnboard.Web.Features.Designer.Instances;
using SmeOnboard.Web.Tests.Infrastructure;

namespace SmeOnboard.Web.Tests.Features.Workflows;

/// <summary>The run list's filters turn what is entered into the query, back on the first page.</summary>
public sealed class InstanceFiltersTests : PortalComponentContext
{
    [Fact]
    public void Typing_part_of_a_run_id_asks_for_the_first_page_of_runs_containing_it()
    {
        InstanceQuery? asked = null;
        var filters = Render<InstanceFilters>(p => p.Add(x => x.Changed, (InstanceQuery q) => asked = q));

        filters.Find("input[data-testid='filter-id']").Input("01a2");

        filters.WaitForAssertion(() => Assert.Equal("01a2", asked?.IdContains));
        Assert.Equal(0, asked!.Page);
        Assert.Null(asked.Status);
    }

    [Fact]
    public void The_query_of_a_later_page_keeps_the_filters_and_names_its_page()
    {
        var filters = Render<InstanceFilters>();
        filters.Find("input[data-testid='filter-id']").Input("abc");
        filters.WaitForAssertion(() => Assert.Equal("abc", filters.Instance.IdContains));

        var query = filters.Instance.Query(2, 25);

        Assert.Equal(("abc", 2, 25), (query.IdContains, query.Page, query.PageSize));
        Assert.Null(query.StartedFrom);
    }
}
