using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Objects;
using MudBlazor;

namespace Dashboard.Web.Tests.Components.Objects;

/// <summary>The one delete flow every kind uses: confirmation, what depends on the object, a refusal.</summary>
public class DeleteObjectButtonTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly List<string> deleted = [];

    private IRenderedComponent<DeleteObjectButton> RenderButton(IReadOnlyList<string>? dependents = null, string? refusal = null) =>
        Render<DeleteObjectButton>(p =>
        {
            p.Add(b => b.Kind, "Service").Add(b => b.Namespace, "default").Add(b => b.Name, "web")
                .Add(b => b.Delete, (Actor actor, CancellationToken _) =>
                {
                    deleted.Add(actor.UserName);
                    return Task.CompletedTask;
                })
                .Add(b => b.Consequence, "Its pods keep running.")
                .Add(b => b.DeleteRefusal, refusal);
            if (dependents is not null)
                p.Add(b => b.Dependents, (CancellationToken _) => Task.FromResult(dependents));
        });

    private AngleSharp.Dom.IElement ConfirmButton() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Delete web");

    [Fact]
    public async Task WithNothingDependingOnItOneConfirmationDeletesTheObject()
    {
        await StartAsync(Roles.Operator);
        var button = RenderButton();

        button.Find("button").Click();
        Dialogs.WaitForAssertion(() => Dialogs.Find("[data-testid=delete-consequence]").TextContent
            .ShouldBe("The Service web in namespace default is deleted from the cluster. Its pods keep running."), Patience);
        Dialogs.FindAll("[data-testid=delete-dependents]").ShouldBeEmpty();
        ConfirmButton().Click();

        button.WaitForAssertion(() => deleted.Count.ShouldBe(1), Patience);
    }

    [Fact]
    public async Task WhatDependsOnTheObjectIsListedAndItsNameMustBeTypedBeforeDelete()
    {
        await StartAsync(Roles.Operator);
        var button = RenderButton(["Ingress default/site (backend of /)", "TCP port 5432"]);

        button.Find("button").Click();
        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid=delete-dependent]").Select(e => e.TextContent.Trim())
            .ShouldBe(["Ingress default/site (backend of /)", "TCP port 5432"]), Patience);
        ConfirmButton().HasAttribute("disabled").ShouldBeTrue();

        Dialogs.Find("[data-testid=delete-typed-name] input, input[data-testid=delete-typed-name]").Input("wb");
        ConfirmButton().HasAttribute("disabled").ShouldBeTrue();
        Dialogs.Find("[data-testid=delete-typed-name] input, input[data-testid=delete-typed-name]").Input("web");
        Dialogs.WaitForAssertion(() => ConfirmButton().HasAttribute("disabled").ShouldBeFalse(), Patience);
        ConfirmButton().Click();

        button.WaitForAssertion(() => deleted.Count.ShouldBe(1), Patience);
    }

    [Fact]
    public async Task CancellingTheConfirmationDeletesNothing()
    {
        await StartAsync(Roles.Operator);
        var button = RenderButton();

        button.Find("button").Click();
        Dialogs.WaitForAssertion(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click(), Patience);

        Dialogs.WaitForAssertion(() => Dialogs.FindAll("[data-testid=delete-consequence]").ShouldBeEmpty(), Patience);
        deleted.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnObjectTheDashboardMustNotDeleteShowsWhyInsteadOfAButton()
    {
        await StartAsync(Roles.Admin);

        var button = RenderButton(refusal: "The cluster's own API Service cannot be deleted from the dashboard.");

        button.Find("[data-testid=delete-refusal]").TextContent.ShouldBe("The cluster's own API Service cannot be deleted from the dashboard.");
        button.FindAll("button").ShouldBeEmpty();
        button.FindComponents<MudButton>().ShouldBeEmpty();
    }
}
