using Dashboard.Web.Components.Lean;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Web.Tests.Components.Lean;

/// <summary>A row's read-only cells are rendered once per record and shared by every tab that shows the record.</summary>
public class SharedRowMarkupTests
{
    private sealed record Row(string Name, string Address);

    private readonly SharedRowMarkup markup = new(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);
    private int renders;

    private RenderFragment Cells(Row row) => builder =>
    {
        renders++;
        builder.OpenElement(0, "td");
        builder.AddContent(1, $"{row.Name} <{row.Address}>");
        builder.CloseElement();
    };

    [Fact]
    public async Task TheCellsAreHtmlWithTheTextEncoded()
    {
        var html = await markup.RenderAsync([new Row("web", "203.0.113.10")], "list", Cells);

        html.ShouldHaveSingleItem().Value.ShouldBe("<td>web &lt;203.0.113.10&gt;</td>");
    }

    [Fact]
    public async Task TwoTabsShowingTheSameRecordShareOneRenderedString()
    {
        var row = new Row("web", "203.0.113.10");

        var first = await markup.RenderAsync([row], "list", Cells);
        var second = await markup.RenderAsync([row], "list", Cells);

        renders.ShouldBe(1);
        ReferenceEquals(first[0].Value, second[0].Value).ShouldBeTrue();
    }

    [Fact]
    public async Task AChangedObjectIsANewRecordAndRendersAnew()
    {
        var before = new Row("web", "203.0.113.10");
        await markup.RenderAsync([before], "list", Cells);

        var after = await markup.RenderAsync([before with { Address = "203.0.113.11" }], "list", Cells);

        renders.ShouldBe(2);
        after[0].Value.ShouldContain("203.0.113.11");
    }

    [Fact]
    public async Task AnotherListShowingTheSameRecordRendersItsOwnCells()
    {
        var row = new Row("web", "203.0.113.10");
        await markup.RenderAsync([row], "list", Cells);

        var picker = await markup.RenderAsync([row], "picker", _ => builder => builder.AddContent(0, "picked"));

        picker[0].Value.ShouldBe("picked");
    }

    [Fact]
    public async Task RecordsReadAnewAreSharedWhileWhatTheyShowIsTheSame()
    {
        var first = await markup.RenderAsync([new Row("web", "203.0.113.10")], "clusters", Cells, r => (r.Name, r.Address));
        var second = await markup.RenderAsync([new Row("web", "203.0.113.10")], "clusters", Cells, r => (r.Name, r.Address));

        renders.ShouldBe(1);
        ReferenceEquals(first[0].Value, second[0].Value).ShouldBeTrue();
    }
}
