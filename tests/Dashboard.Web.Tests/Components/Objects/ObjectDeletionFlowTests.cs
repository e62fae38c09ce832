using Bunit;
using Dashboard.Core.Security;
using Dashboard.Web.Components.Objects;

namespace Dashboard.Web.Tests.Components.Objects;

/// <summary>The one delete flow every kind uses: confirmation, what depends on the object, a refusal.</summary>
public class ObjectDeletionFlowTests : SandboxClusterTestContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly List<string> deleted = [];

    private IRenderedComponent<DeleteFlowHost> RenderButton(IReadOnlyList<string>? dependents = null) =>
        Render<DeleteFlowHost>(p => p.Add(b => b.Actions, new RowActions("Service", "service", "default", "web",
            (actor, _) =>
            {
                deleted.Add(actor.UserName);
                return Task.CompletedTask;
            },
            DeleteConsequence: "Its pods keep running.",
            Dependents: dependents is null ? null : _ => Task.FromResult(dependents))));

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
}
